import { Anchor, Badge, Pagination, Paper, Stack, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { RECENT_PAGE as PAGE, useRecentImports, type ImportJob } from '../api';

/** Earlier uploads of the user's scope, so that a report can be opened again after the page was left. */
export function RecentImports({ onOpen }: { onOpen: (job: ImportJob) => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const jobs = useRecentImports(page);
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h3">
          {t('imports.recent.title')}
        </Title>
        <ErrorAlert error={jobs.error} />
        <Table aria-label={t('imports.recent.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.recent.file')}</Table.Th>
              <Table.Th>{t('imports.kind')}</Table.Th>
              <Table.Th>{t('imports.recent.when')}</Table.Th>
              <Table.Th>{t('imports.recent.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {jobs.data?.items.map((job) => (
              <Table.Tr key={job.id}>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => onOpen(job)}>
                    {job.fileName ?? t('imports.file')}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {t(`imports.kinds.${job.kind}`)}
                  {job.dryRun && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      ({t('imports.recent.dryRun')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{dayjs(job.createdAt).format('DD.MM.YYYY HH:mm')}</Table.Td>
                <Table.Td>
                  <Badge variant="light" mr="xs">
                    {t(`imports.status.${job.status}`)}
                  </Badge>
                  {job.status === 'SUCCEEDED' && (
                    <Text span size="sm">
                      {t('imports.recent.summary', {
                        created: job.created,
                        updated: job.updated,
                        unchanged: job.unchanged,
                        rejected: job.rejected,
                      })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {jobs.data && jobs.data.items.length === 0 && <EmptyState>{t('imports.recent.empty')}</EmptyState>}
        {jobs.data && jobs.data.total > PAGE && (
          <Pagination
            total={Math.ceil(jobs.data.total / PAGE)}
            value={page + 1}
            onChange={(p) => setPage(p - 1)}
          />
        )}
      </Stack>
    </Paper>
  );
}
