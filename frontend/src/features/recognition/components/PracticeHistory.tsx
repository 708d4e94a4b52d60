import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { historyQuery } from '../api';

/** Every submission, return and decision with who made it, when and the comment. */
export function PracticeHistory({ schoolId, id }: { schoolId: string; id: string }) {
  const { t } = useTranslation();
  const events = useQuery(historyQuery(schoolId, id));
  const rows = events.data ?? [];
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3}>{t('recognition.history.title')}</Title>
        <ErrorAlert error={events.error} />
        {events.data && rows.length === 0 && <EmptyState>{t('recognition.history.empty')}</EmptyState>}
        {rows.length > 0 && (
          <Timeline
            active={rows.length - 1}
            bulletSize={16}
            lineWidth={2}
            aria-label={t('recognition.history.title')}
          >
            {rows.map((e) => (
              <Timeline.Item key={e.id} title={t(`recognition.history.${e.action}`)}>
                <Stack gap={2}>
                  {e.comment && <Text size="sm">{e.comment}</Text>}
                  <Text size="xs" c="dimmed">
                    {t('recognition.history.by', {
                      name: e.actorName,
                      at: new Date(e.at).toLocaleString('ru-RU'),
                    })}
                  </Text>
                </Stack>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}
