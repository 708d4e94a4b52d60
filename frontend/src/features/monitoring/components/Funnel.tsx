import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ChartOnRequest } from '../../../components/ui/ChartOnRequest';
import { EmptyState } from '../../../components/ui/EmptyState';
import { TableDownload } from '../../../components/ui/TableDownload';
import type { TableFile } from '../../../lib/tableFile';
import type { Figures, FunnelStage } from '../api';
import { funnelOption } from '../charts';
import { formatNumber, formatValue } from '../figures';

/** A stage's count in per cent of another's; none where that one is empty. */
function shareOf(count: number, of: number | undefined): number | undefined {
  return of ? Math.round((count / of) * 1000) / 10 : undefined;
}

/**
 * The programme's funnel: how many people reached each stage, from consent to effective work, with the share of
 * the first stage and of the one before. A server that does not count it yet sends none, and nothing is shown.
 */
export function Funnel({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const headingId = useId();
  const stages = figures.funnel;
  if (!stages) {
    return null;
  }
  const title = t('monitoring.funnel.title');
  const rows = stages.map((s: FunnelStage, i) => ({
    ...s,
    ofFirst: shareOf(s.count, stages[0]?.count),
    ofPrevious: i === 0 ? undefined : shareOf(s.count, stages[i - 1]?.count),
  }));
  const percent = (v: number | undefined) => (v == null ? '—' : formatValue(v, 'PERCENT'));
  const table = (): TableFile => ({
    name: t('monitoring.funnel.file', { name: figures.name, period: figures.period.label }),
    header: [
      t('monitoring.funnel.stage'),
      t('monitoring.funnel.definition'),
      t('monitoring.funnel.count'),
      t('monitoring.funnel.ofFirst'),
      t('monitoring.funnel.ofPrevious'),
    ],
    rows: rows.map((r) => [r.title, r.definition, r.count, r.ofFirst, r.ofPrevious]),
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack>
        <Group justify="space-between">
          <Title order={2} id={headingId}>
            {title}
          </Title>
          {stages.length > 0 && <TableDownload table={table} />}
        </Group>
        <Text size="sm">{t('monitoring.funnel.about')}</Text>
        {stages.length === 0 ? (
          <EmptyState>{t('monitoring.funnel.empty')}</EmptyState>
        ) : (
          <>
            <Table.ScrollContainer minWidth={560}>
              <Table aria-label={title}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('monitoring.funnel.stage')}</Table.Th>
                    <Table.Th>{t('monitoring.funnel.count')}</Table.Th>
                    <Table.Th>{t('monitoring.funnel.ofFirst')}</Table.Th>
                    <Table.Th>{t('monitoring.funnel.ofPrevious')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.stage}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {r.title}
                        </Text>
                        <Text size="xs">{r.definition}</Text>
                      </Table.Td>
                      <Table.Td>{formatNumber(r.count)}</Table.Td>
                      <Table.Td>{percent(r.ofFirst)}</Table.Td>
                      <Table.Td>{percent(r.ofPrevious)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ChartOnRequest
              option={funnelOption(stages)}
              height={80 + 36 * stages.length}
              label={t('monitoring.funnel.chart', { name: figures.name })}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
