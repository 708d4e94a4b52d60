import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useCompetencies } from '../../../lib/competencies';
import type { MatchCriterion, MatchExplanation } from '../api';
import { slotLabel } from './runLogic';

/** Why a pair got its score: a bar per criterion with its points, what matched, and the ranks both sides gave. */
export function Explanation({ explanation }: { explanation: MatchExplanation | undefined }) {
  const { t } = useTranslation();
  if (!explanation) {
    return (
      <Text size="sm" c="dimmed">
        {t('matching.explanationErased')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" maw={720}>
      {explanation.criteria.map((line) => (
        <CriterionLine key={line.criterion} line={line} explanation={explanation} />
      ))}
    </Stack>
  );
}

function CriterionLine({ line, explanation }: { line: MatchCriterion; explanation: MatchExplanation }) {
  const { t } = useTranslation();
  const percent = line.maxContribution === 0 ? 0 : (100 * line.contribution) / line.maxContribution;
  return (
    <Stack gap={2}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={500}>
          {t(`criteria.${line.criterion}`)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('matching.points', { value: line.contribution, max: line.maxContribution })}
        </Text>
      </Group>
      <Progress
        value={percent}
        color={line.neutral ? 'gray' : 'teal'}
        size="md"
        aria-label={`${t(`criteria.${line.criterion}`)}: ${line.contribution} из ${line.maxContribution}`}
      />
      <Text size="xs" c="dimmed">
        <Detail line={line} explanation={explanation} />
      </Text>
    </Stack>
  );
}

function Detail({ line, explanation }: { line: MatchCriterion; explanation: MatchExplanation }) {
  const { t } = useTranslation();
  const competencies = useCompetencies();
  const nameOf = (code: string) => competencies.data?.find((c) => c.code === code)?.name ?? code;
  if (line.neutral && line.criterion !== 'MENTEE_PREFERENCE' && line.criterion !== 'MENTOR_PREFERENCE') {
    return <>{t('matching.neutral')}</>;
  }
  switch (line.criterion) {
    case 'REQUESTS':
    case 'DIFFICULTIES':
      return <>{t('matching.matchedItems', { list: line.matched.map(nameOf).join(', ') || '—' })}</>;
    case 'AVAILABILITY':
      return (
        <>
          {line.matched.length > 0
            ? t('matching.commonTime', { list: line.matched.map((s) => slotLabel(s, t)).join('; ') })
            : t('matching.noCommonTime')}
        </>
      );
    case 'EXPERIENCE':
      return <>{t('matching.years', { count: line.raw ?? 0 })}</>;
    case 'MENTEE_PREFERENCE':
      return (
        <>
          {explanation.menteeRankingSize === 0
            ? t('matching.menteeNoRanking')
            : explanation.menteeRankOfMentor
              ? t('matching.menteeRank', {
                  rank: explanation.menteeRankOfMentor,
                  size: explanation.menteeRankingSize,
                })
              : t('matching.menteeNotRanked', { size: explanation.menteeRankingSize })}
        </>
      );
    case 'MENTOR_PREFERENCE':
      return (
        <>
          {explanation.mentorRankingSize === 0
            ? t('matching.mentorNoRanking')
            : explanation.mentorRankOfMentee
              ? t('matching.mentorRank', {
                  rank: explanation.mentorRankOfMentee,
                  size: explanation.mentorRankingSize,
                })
              : t('matching.mentorNotRanked', { size: explanation.mentorRankingSize })}
        </>
      );
  }
}
