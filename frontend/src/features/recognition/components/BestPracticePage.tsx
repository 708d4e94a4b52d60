import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { confirmAction } from '../../../components/ui/confirm';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { ApiError, describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import { showSaveError } from '../../../lib/forms';
import {
  downloadPublished,
  previewQuery,
  useDeletePractice,
  usePractice,
  useSavePractice,
  useSubmitPractice,
  type BestPractice,
} from '../api';
import { PracticeAttachments } from './PracticeAttachments';
import { PracticeConsents } from './PracticeConsents';
import { PracticeHistory } from './PracticeHistory';
import { PracticeStatusBadge } from './PracticeStatusBadge';
import { PublishedPracticeDetails } from './PublishedPracticeDetails';

export function BestPracticePage({ schoolId }: { schoolId: string }) {
  const { id = '' } = useParams();
  const practice = usePractice(schoolId, id);
  if (practice.error) {
    return <ErrorAlert error={practice.error} />;
  }
  if (!practice.data) {
    return <Loader />;
  }
  return <BestPracticeEditor schoolId={schoolId} practice={practice.data} />;
}

/** The curator's page of one practice: its text, everyone's consent to publish, the materials and the review. */
export function BestPracticeEditor({ schoolId, practice }: { schoolId: string; practice: BestPractice }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitting, submitDialog] = useDisclosure(false);
  const [previewing, previewDialog] = useDisclosure(false);
  const remove = useDeletePractice(schoolId, practice.id);
  const can = (action: BestPractice['allowedActions'][number]) => practice.allowedActions.includes(action);
  const pair = practice.mentorship;

  const onDelete = () =>
    confirmAction(
      t('recognition.practices.deleteConfirm', { title: practice.title }),
      t('common.delete'),
      () =>
        remove.mutate(undefined, {
          onSuccess: () => {
            notifications.show({ color: 'green', message: t('recognition.practices.deleted') });
            navigate('/best-practices');
          },
          onError: (e) => notifications.show({ color: 'red', message: describeError(e) }),
        }),
    );

  return (
    <Stack>
      <Anchor component={Link} to="/best-practices" size="sm">
        {t('recognition.review.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{practice.title}</Title>
          <Group gap="xs">
            <PracticeStatusBadge status={practice.status} />
            <Text size="sm">
              {t('recognition.practices.pairValue', {
                mentor: pair.mentorName,
                mentees: pair.menteeNames.join(', '),
              })}
              {' · '}
              {t(`forms.${pair.form}`)}
              {pair.startedOn && pair.endedOn && (
                <>
                  {' '}
                  ·{' '}
                  {t('recognition.practices.term', {
                    from: formatDate(pair.startedOn),
                    to: formatDate(pair.endedOn),
                  })}
                </>
              )}
            </Text>
          </Group>
        </Stack>
        <Group>
          <Button variant="default" onClick={previewDialog.open}>
            {t('recognition.practices.preview')}
          </Button>
          {can('DELETE') && (
            <Button variant="light" color="red" onClick={onDelete}>
              {t('common.delete')}
            </Button>
          )}
          {can('SUBMIT') && <Button onClick={submitDialog.open}>{t('recognition.practices.submit')}</Button>}
        </Group>
      </Group>
      {practice.status === 'RETURNED' && practice.returnComment && (
        <Alert color="orange" title={t('recognition.practices.returned')}>
          {practice.returnComment}
        </Alert>
      )}
      {can('EDIT') ? (
        <PracticeForm schoolId={schoolId} practice={practice} errors={errors} />
      ) : (
        <Paper withBorder p="md">
          <Stack>
            <Text size="sm">{t('recognition.practices.readOnly')}</Text>
            <Title order={4}>{t('recognition.practices.fields.description')}</Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{practice.description}</Text>
            <Title order={4}>{t('recognition.practices.fields.results')}</Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{practice.results}</Text>
          </Stack>
        </Paper>
      )}
      <PracticeConsents schoolId={schoolId} practice={practice} errors={errors} />
      <PracticeAttachments schoolId={schoolId} practice={practice} />
      <PracticeHistory schoolId={schoolId} id={practice.id} />
      <Modal
        opened={submitting}
        onClose={submitDialog.close}
        title={t('recognition.practices.submit')}
        size="lg"
      >
        {submitting && (
          <SubmitForm
            schoolId={schoolId}
            practice={practice}
            onDone={(refusal) => {
              setErrors(refusal);
              submitDialog.close();
            }}
            onCancel={submitDialog.close}
          />
        )}
      </Modal>
      <Modal
        opened={previewing}
        onClose={previewDialog.close}
        title={t('recognition.practices.preview')}
        size="xl"
      >
        {previewing && <Preview schoolId={schoolId} id={practice.id} />}
      </Modal>
    </Stack>
  );
}

function PracticeForm({
  schoolId,
  practice,
  errors,
}: {
  schoolId: string;
  practice: BestPractice;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const save = useSavePractice(schoolId, practice.id);
  const form = useForm({
    initialValues: { title: practice.title, description: practice.description, results: practice.results },
    validate: { title: (v) => (v.trim() ? null : t('recognition.practices.validation.title')) },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync({ ...values, version: practice.version });
      notifications.show({ color: 'green', message: t('recognition.practices.saved') });
    } catch (error) {
      showSaveError(form, error);
    }
  });
  const fieldError = (name: 'description' | 'results') => form.errors[name] ?? errors[name];
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('recognition.practices.fields.title')}
            withAsterisk
            {...form.getInputProps('title')}
          />
          <Textarea
            label={t('recognition.practices.fields.description')}
            description={t('recognition.practices.hints.description')}
            autosize
            minRows={4}
            {...form.getInputProps('description')}
            error={fieldError('description')}
          />
          <Textarea
            label={t('recognition.practices.fields.results')}
            description={t('recognition.practices.hints.results')}
            autosize
            minRows={3}
            {...form.getInputProps('results')}
            error={fieldError('results')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * Sending asks first: until the coordinator decides, nothing can be changed. A refusal names each participant
 * whose consent is missing; the page shows those next to the person.
 */
function SubmitForm({
  schoolId,
  practice,
  onDone,
  onCancel,
}: {
  schoolId: string;
  practice: BestPractice;
  onDone: (errors: Record<string, string>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const submit = useSubmitPractice(schoolId, practice.id);
  const [comment, setComment] = useState('');
  const send = async () => {
    try {
      await submit.mutateAsync({ version: practice.version, comment: comment.trim() || undefined });
      notifications.show({ color: 'green', message: t('recognition.practices.submitted') });
      onDone({});
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors()).length > 0) {
        notifications.show({
          color: 'red',
          title: error.problem.title,
          message: Object.values(error.fieldErrors()).join('; '),
        });
        onDone(error.fieldErrors());
      } else {
        notifications.show({ color: 'red', message: describeError(error) });
      }
    }
  };
  return (
    <Stack>
      <Text size="sm">{t('recognition.practices.submitConfirm')}</Text>
      <Textarea
        label={t('recognition.practices.submitComment')}
        autosize
        minRows={2}
        maxLength={2000}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void send()} loading={submit.isPending}>
          {t('recognition.practices.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

function Preview({ schoolId, id }: { schoolId: string; id: string }) {
  const preview = useQuery(previewQuery(schoolId, id));
  if (preview.error) {
    return <ErrorAlert error={preview.error} />;
  }
  if (!preview.data) {
    return <Loader />;
  }
  return (
    <PublishedPracticeDetails
      practice={preview.data}
      onDownload={(m) => downloadPublished({ kind: 'school', id: schoolId }, id, m.id, m.fileName)}
    />
  );
}
