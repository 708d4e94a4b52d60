import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Me } from '../../me/api';
import { ownPlace, type Place } from '../../../lib/ownPlace';
import { useProgress } from '../api';

/**
 * The overdue items of the user's own roadmap for the year under way, on their home page: a dashboard's or the
 * school's. A coordinator also sees the level below's overdue items in all.
 */
export function OverdueCard({ me }: { me: Me }) {
  const owner = ownPlace(me);
  return owner ? <Card me={me} owner={owner} /> : null;
}

function Card({ me, owner }: { me: Me; owner: Place }) {
  const { t } = useTranslation();
  const progress = useProgress(owner);
  const p = progress.data;
  if (!p) {
    return null;
  }
  const below =
    me.role === 'regional'
      ? p.units.reduce((sum, u) => sum + u.progress.overdue, 0) + (p.schools?.progress.overdue ?? 0)
      : p.units.reduce((sum, u) => sum + u.progress.overdue, 0);
  return (
    <Paper withBorder p="md" data-testid="roadmaps-overdue">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text fw={700} c={p.own.overdue > 0 ? 'red.9' : undefined}>
            {t('roadmaps.card.title', { count: p.own.overdue })}
          </Text>
          {!p.hasRoadmap && <Text size="sm">{t('roadmaps.card.ownNone')}</Text>}
          {me.role !== 'school' && <Text size="sm">{t('roadmaps.card.below', { count: below })}</Text>}
        </Stack>
        <Anchor component={Link} to="/roadmaps">
          {t('roadmaps.card.open')}
        </Anchor>
      </Group>
    </Paper>
  );
}
