import { Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import {
  AgreementFields,
  agreementRules,
  agreementValues,
  toAgreementInputs,
  type AgreementValue,
} from '../../../components/ui/AgreementFields';
import { confirmAction } from '../../../components/ui/confirm';
import { today } from '../../../lib/dates';
import { blankToUndefined, showSaveError } from '../../../lib/forms';
import {
  TERMINATION_REASONS,
  useMentorshipAction,
  type ActionRequest,
  type Mentorship,
  type TerminationReason,
} from '../api';

export type ActionKind = ActionRequest['action'];

interface Values {
  date: string;
  reason: string;
  comment: string;
  plannedEnd: string;
  agreements: AgreementValue[];
}

/** The request an action sends, built from what the user filled in. */
export function toRequest(action: ActionKind, v: Values, version: number): ActionRequest {
  switch (action) {
    case 'activate':
      return { action, body: { version, startedOn: blankToUndefined(v.date) } };
    case 'terminate':
      return {
        action,
        body: {
          version,
          reason: v.reason as TerminationReason,
          comment: blankToUndefined(v.comment),
          endedOn: blankToUndefined(v.date),
        },
      };
    case 'reschedule':
      return {
        action,
        body: {
          version,
          plannedEnd: v.plannedEnd,
          reason: v.comment.trim(),
          agreements: toAgreementInputs(v.agreements),
        },
      };
  }
}

/** One form for every transition: the fields each needs, and a confirmation before the irreversible ones. */
export function ActionForm({
  schoolId,
  mentorship,
  action,
  onDone,
}: {
  schoolId: string;
  mentorship: Mentorship;
  action: ActionKind;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useMentorshipAction(schoolId, mentorship.id);
  const form = useForm<Values>({
    initialValues: {
      date: today(),
      reason: '',
      comment: '',
      plannedEnd: mentorship.plannedEnd,
      agreements: action === 'reschedule' ? agreementValues(sides(mentorship), today()) : [],
    },
    validate: {
      reason: (v) => (action === 'terminate' && !v ? t('mentorships.validation.reason') : null),
      comment: (v) =>
        action === 'reschedule' && !v.trim() ? t('mentorships.validation.rescheduleReason') : null,
      plannedEnd: (v) => (action === 'reschedule' && !v ? t('mentorships.validation.date') : null),
      agreements: agreementRules(t),
    },
  });

  const send = async (values: Values) => {
    try {
      await mutation.mutateAsync(toRequest(action, values, mentorship.version));
      notifications.show({ color: 'green', message: t(`mentorships.done.${action}`) });
      onDone();
    } catch (error) {
      showSaveError(form, error, {
        startedOn: 'date',
        endedOn: 'date',
        reason: action === 'reschedule' ? 'comment' : 'reason',
      });
    }
  };

  const submit = form.onSubmit((values) => {
    if (action === 'terminate') {
      confirmAction(
        t(`mentorships.confirm.${action}`),
        t(`mentorships.actions.${ACTION_LABEL[action]}`),
        () => {
          void send(values);
        },
      );
    } else {
      void send(values);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {action === 'terminate' && (
          <Select
            label={t('mentorships.fields.reason')}
            data={TERMINATION_REASONS.map((r) => ({ value: r, label: t(`terminationReasons.${r}`) }))}
            withAsterisk
            {...form.getInputProps('reason')}
          />
        )}
        {action === 'reschedule' ? (
          <TextInput
            type="date"
            label={t('mentorships.fields.newEnd')}
            withAsterisk
            {...form.getInputProps('plannedEnd')}
          />
        ) : (
          <TextInput
            type="date"
            label={t(action === 'activate' ? 'mentorships.fields.startedOn' : 'mentorships.fields.endedOn')}
            {...form.getInputProps('date')}
          />
        )}
        {action === 'reschedule' && (
          <>
            <Text size="sm">{t('mentorships.rescheduleAgreement')}</Text>
            <AgreementFields
              values={form.values.agreements}
              field={(i, name) => form.getInputProps(`agreements.${i}.${name}`)}
              error={form.errors.agreements}
            />
          </>
        )}
        {action !== 'activate' && (
          <Textarea
            label={t(
              action === 'reschedule' ? 'mentorships.fields.rescheduleReason' : 'mentorships.fields.comment',
            )}
            withAsterisk={action === 'reschedule'}
            minRows={2}
            {...form.getInputProps('comment')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={mutation.isPending}
            color={action === 'terminate' ? 'red' : undefined}
          >
            {t(`mentorships.actions.${ACTION_LABEL[action]}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The mentor and the mentees still in the pair, who agree to a new term. The pair does not know birth dates, so
 * a pupil is taken for a minor, whose parent agrees; the server checks it against the birth date.
 */
function sides(m: Mentorship) {
  return [
    { participantId: m.mentor.id, fullName: m.mentor.fullName, side: 'MENTOR' as const, minor: false },
    ...m.mentees
      .filter((p) => !p.removedOn)
      .map((p) => ({
        participantId: p.id,
        fullName: p.fullName,
        side: 'MENTEE' as const,
        minor: p.kind === 'PUPIL',
      })),
  ];
}

export const ACTION_LABEL: Record<ActionKind, 'ACTIVATE' | 'TERMINATE' | 'RESCHEDULE'> = {
  activate: 'ACTIVATE',
  terminate: 'TERMINATE',
  reschedule: 'RESCHEDULE',
};
