import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { formatDate } from '../../../lib/dates';
import { useMatchRun, type MatchScope } from '../api';
import { MethodComparison } from './MethodComparison';
import { ProposalsTable } from './ProposalsTable';
import { RunSummary } from './RunSummary';
import { UnmatchedTable } from './UnmatchedTable';

/** One run: its figures, the proposals to decide on with their explanations, and who is still without a pair. */
export function MatchRunPage({ scope }: { scope: MatchScope }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const run = useMatchRun(scope, id);
  const [accepted, setAccepted] = useState(0);
  if (run.error) {
    return <ErrorAlert error={run.error} />;
  }
  if (!run.data) {
    return <Loader />;
  }
  const detail = run.data;
  const municipal = scope.kind === 'municipality';
  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={1}>
            {t('matching.run', { date: formatDate(detail.run.createdAt) })}: {t(`forms.${detail.run.form}`)}
          </Title>
          <Text c="dimmed" size="sm">
            {t(`matchShapes.${detail.run.shape}`)} · {t(`mentorshipKinds.${detail.run.kind}`)} ·{' '}
            {t(`matchRunStatus.${detail.run.status}`)}
          </Text>
        </Stack>
        <Button component={Link} to="/matching" variant="subtle">
          {t('matching.back')}
        </Button>
      </Group>
      <RunSummary run={detail.run} proposals={detail.proposals} />
      <MethodComparison scope={scope} run={detail.run} proposals={detail.proposals} />
      {accepted > 0 && (
        <Alert
          color="green"
          title={t(municipal ? 'matching.acceptedMunicipal' : 'matching.accepted', { count: accepted })}
        >
          {!municipal && (
            <Anchor component={Link} to="/mentorships/approve">
              {t('matching.approveByOrder')}
            </Anchor>
          )}
        </Alert>
      )}
      <Title order={2}>{t('matching.proposals')}</Title>
      <ProposalsTable scope={scope} detail={detail} onAccepted={(n) => setAccepted((a) => a + n)} />
      <Title order={2}>{t('matching.unmatched')}</Title>
      <Text c="dimmed" size="sm">
        {t('matching.unmatchedHint')}
      </Text>
      <UnmatchedTable unmatched={detail.unmatched} municipal={municipal} />
    </Stack>
  );
}
