import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ProgressCounts } from '../api';

/** Done of total as a bar and in words, with the overdue count beside it when there is one. */
export function ProgressLine({ counts, label }: { counts: ProgressCounts; label: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} miw={180}>
      <Progress
        value={counts.donePercent}
        color={counts.overdue > 0 ? 'orange' : 'green'}
        aria-label={t('roadmaps.progressTable.bar', { name: label, percent: counts.donePercent })}
      />
      <Group gap="xs">
        <Text size="sm">{t('roadmaps.progressLine', { done: counts.done, total: counts.total })}</Text>
        {counts.overdue > 0 && (
          <Text size="sm" c="red.9" fw={600}>
            {t('roadmaps.overdueCount', { count: counts.overdue })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
