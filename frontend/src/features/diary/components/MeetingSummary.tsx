import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Meeting } from '../api';

/** What a meeting was about: its topic and notes, who was missing, the activities of the plan worked on. */
export function MeetingSummary({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const absent = meeting.attendance.filter((a) => !a.present).map((a) => a.fullName);
  return (
    <Stack gap={4}>
      <Text fw={500}>{meeting.topic}</Text>
      {meeting.notes && (
        <Text size="sm" lineClamp={3}>
          {meeting.notes}
        </Text>
      )}
      {meeting.held && meeting.durationMinutes != null && (
        <Text size="sm" c="dimmed">
          {t(`diary.formats.${meeting.format}`)} · {t('diary.minutes', { count: meeting.durationMinutes })} ·{' '}
          {absent.length === 0 ? t('diary.allPresent') : t('diary.absent', { names: absent.join(', ') })}
        </Text>
      )}
      {meeting.activities.length > 0 && (
        <Group gap={4}>
          {meeting.activities.map((a) => (
            <Badge key={a.id} variant="outline" color={a.status === 'DONE' ? 'green' : 'gray'} tt="none">
              {a.title}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
