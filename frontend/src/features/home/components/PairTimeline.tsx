import { Chip, Group, Loader, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { formatDate } from '../../../lib/dates';
import { TIMELINE_KINDS, useTimeline, type TimelineKind } from '../api';

const COLORS: Record<TimelineKind, string> = {
  LIFECYCLE: 'blue',
  MEETING: 'teal',
  ACTIVITY: 'grape',
  PROGRAMME: 'indigo',
  FEEDBACK: 'orange',
  COMPLETION: 'green',
};

const ALL = 'ALL';

/** The pair's story in one view, newest first: its history, meetings, programme, activities, questionnaires. */
export function PairTimeline({ schoolId, mentorshipId }: { schoolId: string; mentorshipId: string }) {
  const { t } = useTranslation();
  const timeline = useTimeline(schoolId, mentorshipId);
  const [kind, setKind] = useState<string>(ALL);
  const entries = (timeline.data ?? []).filter((e) => kind === ALL || e.kind === kind);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timeline-title">
      <Stack>
        <Title order={2} id="timeline-title">
          {t('timeline.title')}
        </Title>
        <ErrorAlert error={timeline.error} />
        {timeline.isPending && <Loader role="status" aria-label={t('app.loading')} />}
        {timeline.data && (
          <>
            <Chip.Group value={kind} onChange={(v) => setKind(typeof v === 'string' ? v : ALL)}>
              <Group gap="xs" role="group" aria-label={t('timeline.filter')}>
                <Chip value={ALL}>{t('timeline.all')}</Chip>
                {TIMELINE_KINDS.map((k) => (
                  <Chip key={k} value={k}>
                    {t(`timeline.kinds.${k}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {entries.length === 0 ? (
              <EmptyState>{t('timeline.empty')}</EmptyState>
            ) : (
              <Timeline bulletSize={14} lineWidth={2} aria-label={t('timeline.title')}>
                {entries.map((e, i) => (
                  <Timeline.Item
                    key={`${e.kind}-${e.refId}-${i}`}
                    color={COLORS[e.kind]}
                    lineVariant={e.upcoming ? 'dashed' : 'solid'}
                    title={e.title}
                  >
                    <Text size="sm">
                      {formatDate(e.date)} · {t(`timeline.kinds.${e.kind}`)}
                      {e.upcoming ? ` · ${t('timeline.upcoming')}` : ''}
                    </Text>
                    {e.detail && <Text size="sm">{e.detail}</Text>}
                  </Timeline.Item>
                ))}
              </Timeline>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
