import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { showSaveError } from '../../../lib/forms';
import {
  MEETING_FREQUENCIES,
  PROGRAMME_MODES,
  useUpdateProgramme,
  type Mentorship,
  type Programme,
} from '../api';
import {
  newGoal,
  programmeValues,
  reasonNeeded,
  toProgrammeInput,
  validateProgramme,
  type ProgrammeValues,
} from './programmeForm';
import { EnumSelect, FormButtons, ReasonField } from './fields';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'];

/** The explanatory note, the term, the schedule and the goals; after agreement with the reason of the change. */
export function ProgrammeForm({
  schoolId,
  mentorship,
  programme,
  onDone,
}: {
  schoolId: string;
  mentorship: Mentorship;
  programme: Programme;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useUpdateProgramme(schoolId, mentorship.id);
  const agreed = reasonNeeded(programme);
  const form = useForm<ProgrammeValues>({
    initialValues: programmeValues(programme),
    validate: (v) =>
      validateProgramme(v, { start: mentorship.plannedStart, end: mentorship.plannedEnd }, agreed, {
        mode: t('plan.validation.mode'),
        frequency: t('plan.validation.frequency'),
        date: t('plan.validation.date'),
        endAfterStart: t('plan.validation.endAfterStart'),
        withinPair: t('plan.validation.withinPair'),
        goalTitle: t('plan.validation.goalTitle'),
        reason: t('plan.validation.reason'),
      }),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      await mutation.mutateAsync(toProgrammeInput(values, programme.version));
      notifications.show({ color: 'green', message: t('plan.saved') });
      onDone();
    } catch (error) {
      showSaveError(form, error);
    }
  });

  const text = (name: keyof ProgrammeValues, label: string) => (
    <Textarea label={label} autosize minRows={2} maxRows={8} {...form.getInputProps(name)} />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {agreed && <Alert color="yellow">{t('plan.agreedHint')}</Alert>}
        <Title order={4}>{t('plan.note')}</Title>
        {text('problem', t('plan.fields.problem'))}
        {text('content', t('plan.fields.content'))}
        {text('intermediateResults', t('plan.fields.intermediateResults'))}
        {text('finalResults', t('plan.fields.finalResults'))}
        {text('conditions', t('plan.fields.conditions'))}
        <Title order={4}>{t('plan.scheduleTitle')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('plan.fields.startsOn')}
            withAsterisk
            {...form.getInputProps('startsOn')}
          />
          <TextInput
            type="date"
            label={t('plan.fields.endsOn')}
            withAsterisk
            {...form.getInputProps('endsOn')}
          />
          <EnumSelect
            label={t('plan.fields.mode')}
            values={PROGRAMME_MODES}
            labels="plan.modes"
            required
            input={form.getInputProps('mode')}
          />
          <EnumSelect
            label={t('plan.fields.meetingFrequency')}
            values={MEETING_FREQUENCIES}
            labels="plan.frequencies"
            required
            input={form.getInputProps('meetingFrequency')}
          />
          <EnumSelect
            label={t('plan.fields.meetingWeekday')}
            values={WEEKDAYS}
            labels="plan.weekdays"
            input={form.getInputProps('meetingWeekday')}
          />
          <TextInput
            type="time"
            label={t('plan.fields.meetingTime')}
            {...form.getInputProps('meetingTime')}
          />
        </SimpleGrid>
        <TextInput label={t('plan.fields.scheduleNote')} {...form.getInputProps('scheduleNote')} />
        <Group justify="space-between">
          <Title order={4}>{t('plan.goals')}</Title>
          <Button variant="light" size="xs" onClick={() => form.insertListItem('goals', newGoal())}>
            {t('plan.addGoal')}
          </Button>
        </Group>
        {form.values.goals.length === 0 && <Text c="dimmed">{t('plan.noGoals')}</Text>}
        {form.values.goals.map((g, i) => (
          <Paper key={g.key} withBorder p="sm">
            <Group align="flex-start" wrap="nowrap">
              <Stack style={{ flex: 1 }} gap="xs">
                <TextInput
                  label={t('plan.fields.goalTitle', { n: i + 1 })}
                  withAsterisk
                  {...form.getInputProps(`goals.${i}.title`)}
                />
                <Textarea
                  label={t('plan.fields.tasks')}
                  description={t('plan.tasksHint')}
                  autosize
                  minRows={2}
                  {...form.getInputProps(`goals.${i}.tasks`)}
                />
              </Stack>
              <ActionIcon
                variant="subtle"
                color="red"
                mt="xl"
                aria-label={t('plan.removeGoal', { n: i + 1 })}
                onClick={() => form.removeListItem('goals', i)}
              >
                ✕
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        {agreed && <ReasonField input={form.getInputProps('reason')} />}
        <FormButtons onCancel={onDone} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
