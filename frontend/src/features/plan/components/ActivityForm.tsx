import { Alert, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { today } from '../../../lib/dates';
import { showSaveError } from '../../../lib/forms';
import {
  ACTIVITY_STATUSES,
  PERFORMERS,
  useSaveActivity,
  type Programme,
  type ProgrammeActivity,
} from '../api';
import {
  activityValues,
  planChanged,
  reasonNeeded,
  toActivityInput,
  validateActivity,
  type ActivityValues,
} from './programmeForm';
import { EnumSelect, FormButtons, ReasonField } from './fields';

/**
 * A new activity of the plan or a change of one. After agreement a change of the plan asks for its reason, while
 * recording how the activity goes (in progress, done, its result) does not.
 */
export function ActivityForm({
  schoolId,
  programme,
  activity,
  onDone,
}: {
  schoolId: string;
  programme: Programme;
  activity: ProgrammeActivity | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useSaveActivity(schoolId, programme.mentorshipId);
  const form = useForm<ActivityValues>({
    initialValues: activityValues(activity, programme),
    validate: (v) =>
      validateActivity(v, programme, activity, today(), {
        direction: t('plan.validation.direction'),
        title: t('plan.validation.activityTitle'),
        date: t('plan.validation.date'),
        dueWithin: t('plan.validation.dueWithin'),
        performer: t('plan.validation.performer'),
        doneInFuture: t('plan.validation.doneInFuture'),
        reason: t('plan.validation.reason'),
      }),
  });
  const askReason = reasonNeeded(programme) && planChanged(activity, form.values);

  const submit = form.onSubmit(async (values) => {
    try {
      await mutation.mutateAsync({ id: activity?.id, body: toActivityInput(values, activity?.version) });
      notifications.show({ color: 'green', message: t('plan.activitySaved') });
      onDone();
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <EnumSelect
          label={t('plan.fields.direction')}
          values={programme.directions}
          labels="plan.directions"
          required
          input={form.getInputProps('direction')}
        />
        <TextInput label={t('plan.fields.title')} withAsterisk {...form.getInputProps('title')} />
        <Textarea
          label={t('plan.fields.description')}
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('plan.fields.dueOn')}
            min={programme.startsOn}
            max={programme.endsOn}
            withAsterisk
            {...form.getInputProps('dueOn')}
          />
          <EnumSelect
            label={t('plan.fields.performer')}
            values={PERFORMERS}
            labels="plan.performers"
            required
            input={form.getInputProps('performer')}
          />
          <Select
            label={t('plan.fields.goal')}
            data={programme.goals.map((g, i) => ({ value: g.id, label: `${i + 1}. ${g.title}` }))}
            clearable
            {...form.getInputProps('goalId')}
          />
          <EnumSelect
            label={t('plan.fields.status')}
            values={ACTIVITY_STATUSES}
            labels="plan.statuses"
            required
            input={form.getInputProps('status')}
          />
        </SimpleGrid>
        {form.values.status === 'DONE' && (
          <TextInput
            type="date"
            label={t('plan.fields.doneOn')}
            description={t('plan.doneOnHint')}
            max={today()}
            {...form.getInputProps('doneOn')}
          />
        )}
        <Textarea label={t('plan.fields.result')} autosize minRows={2} {...form.getInputProps('result')} />
        {askReason && (
          <>
            <Alert color="yellow">{t('plan.agreedHint')}</Alert>
            <ReasonField input={form.getInputProps('reason')} />
          </>
        )}
        <FormButtons onCancel={onDone} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
