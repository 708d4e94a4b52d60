import { Button, Group, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { ReturnForm } from '../../../components/ui/ReturnForm';
import { describeError } from '../../../lib/api/problem';
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
            labels={{
              comment: t('reporting.comment'),
              required: t('reporting.commentReq'),
              question: t('reporting.returnQ', { name: report.name }),
              action: t('reporting.return'),
            }}
            onSend={(comment) => run('return', comment)}
            onClose={() => setReturning(false)}
          />
        )}
      </Modal>
    </Group>
  );
}
