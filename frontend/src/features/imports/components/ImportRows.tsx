import { Badge, SegmentedControl, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Pager } from '../../../components/ui/Pager';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { ROW_ACTIONS, useImportRows, type ImportJob, type RowAction } from '../api';
import { useListControls } from '../../../lib/useListControls';

const ACTION_COLORS: Record<RowAction, string> = {
  CREATED: 'green',
  UPDATED: 'blue',
  UNCHANGED: 'gray',
  REJECTED: 'red',
};

/** The report by rows of the file, filtered by what happened to them. */
export function ImportRows({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<RowAction | 'ALL'>(job.rejected > 0 ? 'REJECTED' : 'ALL');
  const { page, setPage, size, pager } = useListControls();
  const rows = useImportRows(job.id, { action: action === 'ALL' ? undefined : action, page, size }, true);
  const labels = job.applied ? 'imports.actions' : 'imports.plannedActions';

  return (
    <Stack>
      <Title order={3} size="h4">
        {t('imports.rows.title')}
      </Title>
      <SegmentedControl
        value={action}
        onChange={(v) => {
          setAction(v as RowAction | 'ALL');
          setPage(0);
        }}
        data={[
          { value: 'ALL', label: t('imports.rows.all') },
          ...ROW_ACTIONS.map((a) => ({ value: a, label: t(`${labels}.${a}`) })),
        ]}
        w="fit-content"
      />
      <ErrorAlert error={rows.error} />
      <Table striped aria-label={t('imports.rows.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.rows.row')}</Table.Th>
            <Table.Th w={170}>{t('imports.rows.action')}</Table.Th>
            <Table.Th>{t('imports.rows.column')}</Table.Th>
            <Table.Th>{t('imports.rows.message')}</Table.Th>
            <Table.Th>{t('imports.rows.ref')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.isPending && <LoadingRow columns={5} />}
          {rows.data?.items.map((r, i) => (
            <Table.Tr key={`${r.row}-${i}`}>
              <Table.Td>{r.row}</Table.Td>
              <Table.Td>
                <Badge color={ACTION_COLORS[r.action]} variant="light">
                  {t(`${labels}.${r.action}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{r.column}</Table.Td>
              <Table.Td>{r.message}</Table.Td>
              <Table.Td>{r.ref}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.data && rows.data.items.length === 0 && <EmptyState>{t('imports.rows.empty')}</EmptyState>}
      {rows.data && <Pager total={rows.data.total} {...pager} />}
    </Stack>
  );
}
