import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../../lib/api/problem';
import { formatDate, today } from '../../../lib/dates';
import { showSaveError } from '../../../lib/forms';
import { useSaveSchedule, type FeedbackSchedule } from '../api';
import {
  MAX_DATES,
  MODES,
  formField,
  previewDates,
  toInput,
  validateSchedule,
  valuesOf,
  type ScheduleValues,
  type Term,
} from '../schedule';

/** The two ways of scheduling the intermediate feedback, with the dates they give shown as the curator types. */
export function ScheduleForm({
  schoolId,
  mentorshipId,
  schedule,
  plannedEnd,
  onDone,
}: {
  schoolId: string;
  mentorshipId: string;
  schedule: FeedbackSchedule;
  plannedEnd: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveSchedule(schoolId, mentorshipId);
  const term: Term = { start: schedule.countedFrom, end: plannedEnd, today: today() };
  const form = useForm<ScheduleValues>({
    initialValues: valuesOf(schedule),
    validate: (values) =>
      validateSchedule(values, term, {
        months: t('feedback.validation.months'),
        noDates: t('feedback.validation.noDates'),
        tooManyDates: t('feedback.validation.tooManyDates', { max: MAX_DATES }),
        date: t('feedback.validation.date'),
        past: t('feedback.validation.past'),
        outOfTerm: t('feedback.validation.outOfTerm', {
          from: formatDate(term.start),
          to: formatDate(term.end),
        }),
        twice: t('feedback.validation.twice'),
        afterEnd: t('feedback.validation.afterEnd', { end: formatDate(term.end) }),
      }),
  });
  const v = form.getValues();
  const preview = previewDates(v, term);

  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync(toInput(values, schedule.version));
      notifications.show({ color: 'green', message: t('feedback.saved') });
      onDone();
    } catch (error) {
      const aliases =
        error instanceof ApiError
          ? Object.fromEntries(Object.keys(error.fieldErrors()).map((k) => [k, formField(k)]))
          : {};
      showSaveError(form, error, aliases);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SegmentedControl
          aria-label={t('feedback.fields.mode')}
          data={MODES.map((m) => ({ value: m, label: t(`feedback.modes.${m}`) }))}
          {...form.getInputProps('mode')}
          onChange={(mode) => {
            form.clearErrors();
            form.setFieldValue('mode', mode as ScheduleValues['mode']);
            if (mode === 'DATES' && form.getValues().dates.length === 0) {
              form.setFieldValue('dates', ['']);
            }
          }}
        />
        {v.mode === 'PERIODIC' && (
          <Group grow align="flex-start">
            <NumberInput
              label={t('feedback.fields.firstAfterMonths')}
              min={1}
              max={12}
              allowDecimal={false}
              withAsterisk
              {...form.getInputProps('firstAfterMonths')}
            />
            <NumberInput
              label={t('feedback.fields.everyMonths')}
              min={1}
              max={12}
              allowDecimal={false}
              withAsterisk
              {...form.getInputProps('everyMonths')}
            />
          </Group>
        )}
        {v.mode === 'DATES' && (
          <Stack gap="xs">
            {v.dates.map((d, i) => (
              <Group key={i} align="flex-end" wrap="nowrap">
                <TextInput
                  type="date"
                  label={t('feedback.fields.date', { n: i + 1 })}
                  min={term.today > term.start ? term.today : term.start}
                  max={term.end}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`dates.${i}`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={form.errors[`dates.${i}`] ? 22 : 0}
                  aria-label={t('feedback.removeDate', { date: formatDate(d) ?? t('feedback.emptyDate') })}
                  onClick={() => form.removeListItem('dates', i)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            {form.errors.dates && (
              <Text c="red" size="sm" role="alert">
                {form.errors.dates}
              </Text>
            )}
            <Button
              variant="subtle"
              onClick={() => form.insertListItem('dates', '')}
              disabled={v.dates.length >= MAX_DATES}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('feedback.addDate')}
            </Button>
          </Stack>
        )}
        {v.mode !== 'NONE' && (
          <>
            <Checkbox
              label={t('feedback.fields.includeMentor')}
              {...form.getInputProps('includeMentor', { type: 'checkbox' })}
            />
            <div>
              <Text size="sm" fw={500}>
                {t('feedback.preview', { date: formatDate(term.start) })}
              </Text>
              {preview.length === 0 ? (
                <Text size="sm">{t('feedback.previewEmpty')}</Text>
              ) : (
                <List size="sm" aria-label={t('feedback.previewList')}>
                  {preview.map((d) => (
                    <List.Item key={d}>{formatDate(d)}</List.Item>
                  ))}
                </List>
              )}
            </div>
          </>
        )}
        <Text size="sm">{t('feedback.pastNotSent')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
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
