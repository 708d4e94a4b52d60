import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { confirmAction } from '../../../components/ui/confirm';
import { PublicationConsentFields } from '../../../components/ui/PublicationConsentFields';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { ApiError, describeError } from '../../../lib/api/problem';
import { formatDate, today } from '../../../lib/dates';
import { showSaveError } from '../../../lib/forms';
import {
  nominationHistoryQuery,
  nominationQuery,
  useNominationStep,
  useRecordNominationConsent,
  useSaveNomination,
  useWithdrawNominationConsent,
  type Nomination,
} from '../api';
import { MentorFactsList } from './MentorFactsList';
import { NominationStatusBadge } from './NominationStatusBadge';
import { NominationTexts } from './NominationsPage';

export function NominationPage({ schoolId }: { schoolId: string }) {
  const { id = '' } = useParams();
  const nomination = useQuery(nominationQuery(schoolId, id));
  if (!nomination.data) {
    return <ErrorAlert error={nomination.error} />;
  }
  return <NominationScreen schoolId={schoolId} nomination={nomination.data} />;
}

/** One nomination as its school sees it: the texts, the consent to publish, the facts, the steps and the history. */
export function NominationScreen({ schoolId, nomination: n }: { schoolId: string; nomination: Nomination }) {
  const { t } = useTranslation();
  const [editing, edit] = useDisclosure();
  const [consenting, consent] = useDisclosure();
  const step = useNominationStep(schoolId, n.id);
  const withdrawConsent = useWithdrawNominationConsent(schoolId, n.id);
  const can = (a: Nomination['allowedActions'][number]) => n.allowedActions.includes(a);
  const fail = (e: unknown) => {
    const message =
      e instanceof ApiError && Object.keys(e.fieldErrors()).length > 0
        ? Object.values(e.fieldErrors()).join('; ')
        : describeError(e);
    notifications.show({ color: 'red', message });
  };
  const run = (which: 'submit' | 'withdraw') =>
    confirmAction(
      t(`registry.nominations.${which}Confirm`, { name: n.mentor.fullName }),
      t(`registry.nominations.${which}`),
      () => {
        step
          .mutateAsync({ step: which, version: n.version })
          .then(() =>
            notifications.show({
              color: 'green',
              message: t(`registry.nominations.${which === 'submit' ? 'submitted' : 'withdrawn'}`),
            }),
          )
          .catch(fail);
      },
    );
  const consentInForce = n.consent && !n.consent.withdrawnOn;
  return (
    <Stack>
      <Anchor component={Link} to="/mentor-nominations">
        {t('registry.nominations.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={1}>{n.mentor.fullName}</Title>
        <NominationStatusBadge status={n.status} />
      </Group>
      {n.returnComment && (
        <Alert color="orange">{t('registry.nominations.returnComment', { comment: n.returnComment })}</Alert>
      )}
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('registry.fields.description')}
          </Title>
          <Text>{n.description || '—'}</Text>
          <Title order={2} size="h4">
            {t('registry.fields.results')}
          </Title>
          <Text>{n.results || '—'}</Text>
          <Title order={2} size="h4">
            {t('registry.fields.training')}
          </Title>
          <Text>{n.training || '—'}</Text>
          <Title order={2} size="h4">
            {t('registry.fields.rewardsNote')}
          </Title>
          <Text>{n.rewardsNote || '—'}</Text>
          {can('EDIT') && (
            <Group>
              <Button variant="light" onClick={edit.open}>
                {t('registry.nominations.edit')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          {t('registry.facts.title')}
        </Title>
        <MentorFactsList
          facts={n.facts}
          note={t(n.allowedActions.includes('SUBMIT') ? 'registry.facts.live' : 'registry.facts.frozen')}
        />
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('registry.fields.consent')}
          </Title>
          {!n.consent && <Text>{t('registry.nominations.consentMissing')}</Text>}
          {n.consent && (
            <Text>
              {t('registry.nominations.consentGiven', {
                publication: t(`recognition.publication.${n.consent.publication}`),
                giver: n.consent.giverName,
                date: formatDate(n.consent.givenOn),
                document: n.consent.documentRef,
              })}
            </Text>
          )}
          {n.consent?.withdrawnOn && <Text c="red">{t('registry.nominations.consentWithdrawn')}</Text>}
          <Group>
            {can('CONSENT') && (
              <Button variant="light" onClick={consent.open}>
                {t('registry.nominations.consentRecord')}
              </Button>
            )}
            {consentInForce && n.status !== 'WITHDRAWN' && (
              <Button
                variant="subtle"
                color="red"
                onClick={() =>
                  confirmAction(
                    t('registry.nominations.consentWithdrawConfirm'),
                    t('registry.nominations.consentWithdraw'),
                    () => {
                      withdrawConsent.mutateAsync(today()).catch(fail);
                    },
                  )
                }
              >
                {t('registry.nominations.consentWithdraw')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
      <Group>
        {can('SUBMIT') && (
          <Button onClick={() => run('submit')} loading={step.isPending}>
            {t('registry.nominations.submit')}
          </Button>
        )}
        {can('WITHDRAW') && (
          <Button variant="light" color="red" onClick={() => run('withdraw')} loading={step.isPending}>
            {t('registry.nominations.withdraw')}
          </Button>
        )}
      </Group>
      <NominationHistory schoolId={schoolId} id={n.id} />
      <Modal opened={editing} onClose={edit.close} title={t('registry.nominations.edit')} size="lg">
        {editing && <EditForm schoolId={schoolId} nomination={n} onClose={edit.close} />}
      </Modal>
      <Modal
        opened={consenting}
        onClose={consent.close}
        title={t('registry.nominations.consentRecord')}
        size="lg"
      >
        {consenting && <ConsentForm schoolId={schoolId} nomination={n} onClose={consent.close} />}
      </Modal>
    </Stack>
  );
}

function EditForm({
  schoolId,
  nomination: n,
  onClose,
}: {
  schoolId: string;
  nomination: Nomination;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveNomination(schoolId, n.id);
  const form = useForm({
    initialValues: {
      description: n.description,
      results: n.results,
      training: n.training,
      rewardsNote: n.rewardsNote,
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync({ ...values, version: n.version });
      notifications.show({ color: 'green', message: t('registry.nominations.saved') });
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <NominationTexts form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The consent to publish, as a best practice's participant gives it: what it allows, who gave it and when. */
function ConsentForm({
  schoolId,
  nomination: n,
  onClose,
}: {
  schoolId: string;
  nomination: Nomination;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordNominationConsent(schoolId, n.id);
  const form = useForm({
    initialValues: {
      publication: n.consent?.publication ?? 'NAME',
      givenBy: n.consent?.givenBy ?? 'SELF',
      giverName: n.consent?.giverName ?? n.mentor.fullName,
      givenOn: n.consent?.givenOn ?? today(),
      documentRef: n.consent?.documentRef ?? '',
    },
    validate: {
      giverName: (v) => (v.trim() ? null : t('recognition.consents.validation.giverName')),
      givenOn: (v) => (v ? null : t('recognition.consents.validation.givenOn')),
      documentRef: (v) => (v.trim() ? null : t('recognition.consents.validation.documentRef')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await record.mutateAsync({
        ...values,
        giverName: values.giverName.trim(),
        documentRef: values.documentRef.trim(),
      });
      notifications.show({ color: 'green', message: t('registry.nominations.consentRecorded') });
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PublicationConsentFields form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NominationHistory({ schoolId, id }: { schoolId: string; id: string }) {
  const { t } = useTranslation();
  const history = useQuery(nominationHistoryQuery(schoolId, id));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('registry.nominations.history')}
      </Title>
      {history.data?.length === 0 && <Text>{t('registry.nominations.noHistory')}</Text>}
      <Timeline bulletSize={12}>
        {history.data?.map((e) => (
          <Timeline.Item key={e.id} title={t(`registry.status.${e.toStatus}`)}>
            <Text size="sm">
              {formatDate(e.at)} · {e.actorName}
            </Text>
            {e.comment && <Text size="sm">{e.comment}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
