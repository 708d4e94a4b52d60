import { Anchor, Group, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { TableDownload } from '../../../components/ui/TableDownload';
import type { TableFile } from '../../../lib/tableFile';
import type { Campaign } from '../api';
import type { StatusRow } from '../campaignStatus';
import { ReportBadge } from './ReportBadge';

/**
 * The reports of a campaign one level down, each with its state and leading to it once begun; for the region, each
 * municipality's schools counted by state. Downloads as it shows.
 */
export function StatusTable({
  campaign,
  rows,
  regional,
}: {
  campaign: Campaign;
  rows: StatusRow[];
  regional: boolean;
}) {
  const { t } = useTranslation();
  const first = regional ? t('reporting.municipalities') : t('reporting.schools');
  const state = (r: StatusRow) =>
    [
      r.status ? t(`reporting.status.${r.status}`) : t('reporting.status.missing'),
      r.late && t('reporting.status.late'),
    ]
      .filter(Boolean)
      .join(', ');
  const table = (): TableFile => ({
    name: t('reporting.home.file', { title: campaign.title }),
    header: [first, t('reporting.state'), ...(regional ? [t('reporting.schools')] : [])],
    rows: rows.map((r) => [
      r.name,
      state(r),
      ...(regional && r.schools ? [t('reporting.counts', r.schools)] : []),
    ]),
  });
  const label = t('reporting.home.list', { title: campaign.title });
  if (rows.length === 0) {
    return <EmptyState>{t('reporting.noSchools')}</EmptyState>;
  }
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <TableDownload table={table} />
      </Group>
      <Table.ScrollContainer minWidth={520}>
        <Table aria-label={label} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{first}</Table.Th>
              <Table.Th>{t('reporting.state')}</Table.Th>
              {regional && <Table.Th>{t('reporting.schools')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  {r.to ? (
                    <Anchor component={Link} to={r.to}>
                      {r.name}
                    </Anchor>
                  ) : (
                    r.name
                  )}
                </Table.Td>
                <Table.Td>
                  <ReportBadge status={r.status} late={r.late} />
                </Table.Td>
                {regional && <Table.Td>{r.schools && t('reporting.counts', r.schools)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
