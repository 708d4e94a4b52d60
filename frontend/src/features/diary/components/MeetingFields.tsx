import {
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../../../lib/dates';
import { MEETING_FORMATS, MEETING_KINDS, type DiaryActivity } from '../api';
import { MAX_MINUTES, membersOn, MIN_MINUTES, type Member, type MeetingValues } from './meetingForm';

interface Props {
  form: UseFormReturnType<MeetingValues>;
  mentees: Member[];
  activities: DiaryActivity[];
  /** Whether the pair works already, so that a meeting may be recorded as held. */
  started: boolean;
}

/**
 * The fields of a diary entry, the same for the curator and for the mentor on a phone: one column on a narrow
 * screen, the attendance as a checkbox per mentee of the pair on the meeting's day.
 */
export function MeetingFields({ form, mentees, activities, started }: Props) {
  const { t } = useTranslation();
  const v = form.values;
  const members = membersOn(mentees, v.date);
  const open = activities.filter((a) => a.status !== 'CANCELLED' || v.activityIds.includes(a.id));
  return (
    <Stack>
      <Checkbox
        label={t('diary.fields.held')}
        description={started ? t('diary.fields.heldHint') : t('diary.notStarted')}
        disabled={!started && !v.held}
        {...form.getInputProps('held', { type: 'checkbox' })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('diary.fields.date')} withAsterisk {...form.getInputProps('date')} />
        <Select
          label={t('diary.fields.kind')}
          data={MEETING_KINDS.map((k) => ({ value: k, label: t(`diary.kinds.${k}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('kind')}
        />
        <TextInput type="time" label={t('diary.fields.startsAt')} {...form.getInputProps('startsAt')} />
        <NumberInput
          label={t('diary.fields.durationMinutes')}
          min={MIN_MINUTES}
          max={MAX_MINUTES}
          step={5}
          allowDecimal={false}
          clampBehavior="none"
          withAsterisk={v.held}
          {...form.getInputProps('durationMinutes')}
        />
      </SimpleGrid>
      <Radio.Group label={t('diary.fields.format')} withAsterisk {...form.getInputProps('format')}>
        <Group mt="xs">
          {MEETING_FORMATS.map((f) => (
            <Radio key={f} value={f} label={t(`diary.formats.${f}`)} />
          ))}
        </Group>
      </Radio.Group>
      <TextInput label={t('diary.fields.topic')} withAsterisk {...form.getInputProps('topic')} />
      <Textarea label={t('diary.fields.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
      {v.held && (
        <Checkbox.Group label={t('diary.fields.attendance')} {...form.getInputProps('present')}>
          <Stack gap="xs" mt="xs">
            {members.map((m) => (
              <Checkbox key={m.id} value={m.id} label={m.fullName} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      {open.length > 0 ? (
        <Checkbox.Group label={t('diary.fields.activities')} {...form.getInputProps('activityIds')}>
          <Stack gap="xs" mt="xs">
            {open.map((a) => (
              <Checkbox
                key={a.id}
                value={a.id}
                label={a.title}
                description={`${t('diary.public.due', { date: formatDate(a.dueOn) })} · ${t(
                  `diary.activityStatuses.${a.status}`,
                )}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('diary.fields.noActivities')}
        </Text>
      )}
    </Stack>
  );
}
