import { Badge, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Chart } from '../../../components/ui/Chart';
import { CRITERIA, type HardConstraint, type MatchProposal, type MatchRun, type MatchWeights } from '../api';
import { qualityPercent, weightShares } from './runLogic';

/** The figures a curator looks at first: who took part, how many got a mentor, how good and how stable. */
export function RunSummary({ run, proposals }: { run: MatchRun; proposals: MatchProposal[] }) {
  const { t } = useTranslation();
  const quality = qualityPercent(run);
  const matchedPercent = run.mentees === 0 ? 0 : Math.round((100 * run.matched) / run.mentees);
  const excluded = Object.entries(run.excludedMentors);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Figure title={t('matching.candidates')}>
          <Text fw={700} size="lg">
            {t('matching.candidatesValue', { mentors: run.mentors, mentees: run.mentees })}
          </Text>
          {excluded.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('matching.excludedMentors', {
                list: excluded
                  .map(([c, n]) => `${t(`constraints.${c as HardConstraint}`)} — ${n}`)
                  .join('; '),
              })}
            </Text>
          )}
        </Figure>
        <Figure title={t('matching.matched')}>
          <Text fw={700} size="lg" data-testid="matched">
            {t('matching.matchedValue', { matched: run.matched, mentees: run.mentees })}
          </Text>
          <Progress value={matchedPercent} aria-label={t('matching.matched')} />
        </Figure>
        <Figure title={t('matching.quality')}>
          <Text fw={700} size="lg" data-testid="quality">
            {t('matching.share', { value: quality })}
          </Text>
          <Progress value={quality} color="teal" aria-label={t('matching.quality')} />
          <Text size="xs" c="dimmed">
            {t('matching.qualityHint')}
          </Text>
        </Figure>
        <Figure title={t('matching.stability')}>
          {run.blockingPairs === 0 ? (
            <Badge color="green" size="lg" variant="light">
              {t('matching.stable')}
            </Badge>
          ) : (
            <Badge color="orange" size="lg" variant="light" data-testid="blocking">
              {t('matching.blocking', { count: run.blockingPairs })}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {run.blockingPairs === 0 ? t('matching.stableHint') : t('matching.blockingHint')}
          </Text>
        </Figure>
      </SimpleGrid>
      <ScoreMakeup run={run} proposals={proposals} />
    </Stack>
  );
}

function Figure({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {title}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

/** What the pairs' scores are made of on average, next to the share each criterion could give. */
function ScoreMakeup({ run, proposals }: { run: MatchRun; proposals: MatchProposal[] }) {
  const { t } = useTranslation();
  const explained = proposals.filter((p) => p.explanation);
  if (explained.length === 0) {
    return null;
  }
  const shares = weightShares(run.weights as MatchWeights);
  const average = CRITERIA.map((c) => {
    const sum = explained.reduce(
      (acc, p) => acc + (p.explanation?.criteria.find((l) => l.criterion === c)?.contribution ?? 0),
      0,
    );
    return Math.round(sum / explained.length);
  });
  const possible = CRITERIA.map(
    (c) => explained[0]?.explanation?.criteria.find((l) => l.criterion === c)?.maxContribution ?? 0,
  );
  const labels = CRITERIA.map((c) => `${t(`criteria.${c}`)} (${shares[c]} %)`);
  const option = {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: [t('matching.makeupAverage'), t('matching.makeupPossible')], bottom: 0 },
    grid: { left: 180, right: 20, top: 10, bottom: 40 },
    xAxis: { type: 'value', name: t('matching.makeupAxis') },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [
      { name: t('matching.makeupAverage'), type: 'bar', data: average, itemStyle: { color: '#12b886' } },
      { name: t('matching.makeupPossible'), type: 'bar', data: possible, itemStyle: { color: '#dee2e6' } },
    ],
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4">
        {t('matching.makeup')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('matching.makeupHint')}
      </Text>
      <Chart option={option} height={260} label={t('matching.makeup')} />
    </Paper>
  );
}
