import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Pager } from '../../../components/ui/Pager';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { formatDate } from '../../../lib/dates';
import { useMatchRuns, type MatchScope } from '../api';
import { ExclusionsSection } from './ExclusionsSection';
import { qualityPercent } from './runLogic';
import { useListControls } from '../../../lib/useListControls';

/** The runs of a school or a municipality, newest first, and the pairs set aside for good. */
export function MatchRunsPage({ scope }: { scope: MatchScope }) {
  const { t } = useTranslation();
  const { page, size, pager } = useListControls();
  const list = useMatchRuns(scope, page, size);
  const municipal = scope.kind === 'municipality';
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{municipal ? t('matching.municipalTitle') : t('matching.title')}</Title>
        <Button component={Link} to="/matching/new">
          {t('matching.start')}
        </Button>
      </Group>
      <Text c="dimmed">{municipal ? t('matching.municipalHint') : t('matching.hint')}</Text>
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <Table striped highlightOnHover aria-label={t('matching.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('matching.date')}</Table.Th>
              <Table.Th>{t('matching.form')}</Table.Th>
              <Table.Th>{t('matching.matched')}</Table.Th>
              <Table.Th>{t('matching.quality')}</Table.Th>
              <Table.Th>{t('matching.stability')}</Table.Th>
              <Table.Th>{t('matching.decisions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow columns={6} />}
            {list.data?.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/matching/${r.id}`}>
                    {formatDate(r.createdAt)}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {r.createdBy}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`forms.${r.form}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`matchShapes.${r.shape}`)}
                  </Text>
                </Table.Td>
                <Table.Td>{t('matching.matchedValue', { matched: r.matched, mentees: r.mentees })}</Table.Td>
                <Table.Td>{t('matching.share', { value: qualityPercent(r) })}</Table.Td>
                <Table.Td>
                  {r.blockingPairs === 0 ? (
                    <Badge color="green" variant="light">
                      {t('matching.stable')}
                    </Badge>
                  ) : (
                    <Badge color="orange" variant="light">
                      {t('matching.blocking', { count: r.blockingPairs })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={r.status === 'OPEN' ? 'yellow' : 'gray'} variant="light">
                    {t(`matchRunStatus.${r.status}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {t('matching.decisionsValue', r.decisions)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && <EmptyState>{t('matching.empty')}</EmptyState>}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
      <ExclusionsSection scope={scope} />
    </Stack>
  );
}
