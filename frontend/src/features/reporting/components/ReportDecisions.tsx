import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { describeError } from '../../../lib/api/problem';
import { showSaveError } from '../../../lib/forms';
import { useDecide, type Decision, type Report } from '../api';

/** Accepting asks first; returning needs a comment on what to fix and asks too. */
export function ReportDecisions({ report }: { report: Report }) {
  const { t } = useTranslation();
  const decide = useDecide(report);
  const [returning, setReturning] = useState(false);
  const run = (decision: Decision, comment?: string) =>
    decide.mutateAsync({ decision, comment }).then(() => {
      notifications.show({ color: 'green', message: t(`reporting.done.${decision}`) });
    });
  const accept = () =>
    confirmAction(t('reporting.acceptQ', { name: report.name }), t('reporting.accept'), () => {
      run('accept').catch((e: unknown) => notifications.show({ color: 'red', message: describeError(e) }));
    });
  const can = (action: string) => report.allowedActions.includes(action);
  if (!can('ACCEPT') && !can('RETURN')) {
    return null;
  }
  return (
    <Group>
      {can('ACCEPT') && (
        <Button onClick={accept} loading={decide.isPending}>
          {t('reporting.accept')}
        </Button>
      )}
      {can('RETURN') && (
        <Button variant="light" color="orange" onClick={() => setReturning(true)}>
          {t('reporting.return')}
        </Button>
      )}
      <Modal opened={returning} onClose={() => setReturning(false)} title={t('reporting.return')} size="lg">
        {returning && (
          <ReturnForm
            name={report.name}
            onSend={(comment) => run('return', comment)}
            onClose={() => setReturning(false)}
          />
        )}
      </Modal>
    </Group>
  );
}

function ReturnForm({
  name,
  onSend,
  onClose,
}: {
  name: string;
  onSend: (comment: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { comment: '' },
    validate: { comment: (v) => (v.trim() ? null : t('reporting.commentReq')) },
  });
  const submit = form.onSubmit((values) =>
    confirmAction(t('reporting.returnQ', { name }), t('reporting.return'), () => {
      onSend(values.comment.trim())
        .then(onClose)
        .catch((e: unknown) => showSaveError(form, e));
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea
          label={t('reporting.comment')}
          autosize
          minRows={3}
          maxLength={2000}
          withAsterisk
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="orange">
            {t('reporting.return')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
