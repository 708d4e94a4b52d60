import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import type { MatchProposal, MatchRun, MatchScope } from '../api';
import { useDecision } from '../api';

type Method = MatchRun['method'];
const METHODS: Method[] = ['OPTIMAL', 'STABLE'];

/**
 * The run's two proposals side by side — the optimal one and the stable one — and the choice of which one the
 * curator reviews, open until the first decision on it: an acceptance, a rejection or a swap.
 */
export function MethodComparison({
  scope,
  run,
  proposals,
}: {
  scope: MatchScope;
  run: MatchRun;
  proposals: MatchProposal[];
}) {
  const { t } = useTranslation();
  const choose = useDecision(scope, run.id);
  const comparison = run.comparison;
  const locked = run.decisions.accepted + run.decisions.rejected > 0 || proposals.some((p) => p.swapped);
  const number = new Intl.NumberFormat('ru-RU');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('matching.methods.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('matching.methods.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('matching.methods.explain')}
        </Text>
        {!comparison ? (
          <Text size="sm">{t('matching.methods.legacy')}</Text>
        ) : (
          <>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  {METHODS.map((m) => (
                    <Table.Th key={m}>
                      {t(`matching.methods.${m}`)}{' '}
                      {run.method === m && (
                        <Badge variant="light" size="sm">
                          {t('matching.methods.reviewing')}
                        </Badge>
                      )}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(['matched', 'totalScore', 'blockingPairs'] as const).map((row) => (
                  <Table.Tr key={row}>
                    <Table.Th scope="row">{t(`matching.methods.${row}`)}</Table.Th>
                    <Table.Td>{number.format(comparison.optimal[row])}</Table.Td>
                    <Table.Td>{number.format(comparison.stable[row])}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Td />
                  {METHODS.map((m) => (
                    <Table.Td key={m}>
                      {run.method !== m && !locked && (
                        <Button
                          size="xs"
                          variant="light"
                          loading={choose.isPending}
                          onClick={() => choose.mutate({ action: 'method', body: { method: m } })}
                        >
                          {t('matching.methods.review')}: {t(`matching.methods.${m}`).toLowerCase()}
                        </Button>
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Text size="sm">{t('matching.methods.different', { count: comparison.differentMentor })}</Text>
            {locked && (
              <Text size="sm" c="dimmed">
                {t('matching.methods.locked')}
              </Text>
            )}
          </>
        )}
        {choose.error && <ErrorAlert error={choose.error} />}
      </Stack>
    </Paper>
  );
}
