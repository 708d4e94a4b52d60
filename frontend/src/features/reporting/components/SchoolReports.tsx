import { Anchor, Paper, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { formatDate } from '../../../lib/dates';
import type { SchoolReportRow } from '../api';
import { ReportBadge } from './ReportBadge';

/** A municipality's schools and their reports; a begun report opens read-only with the decisions allowed. */
export function SchoolReports({ campaignId, rows }: { campaignId: string; rows: SchoolReportRow[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2}>{t('reporting.schools')}</Title>
        {rows.length === 0 ? (
          <EmptyState>{t('reporting.noSchools')}</EmptyState>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reporting.schools')}</Table.Th>
                <Table.Th>{t('reporting.state')}</Table.Th>
                <Table.Th>{t('reporting.sentAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.schoolId}>
                  <Table.Td>
                    {r.reportId ? (
                      <Anchor component={Link} to={`/reports/${campaignId}/schools/${r.schoolId}`}>
                        {r.schoolName}
                      </Anchor>
                    ) : (
                      r.schoolName
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ReportBadge status={r.status} late={r.late} />
                  </Table.Td>
                  <Table.Td>{formatDate(r.submittedAt?.slice(0, 10))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
