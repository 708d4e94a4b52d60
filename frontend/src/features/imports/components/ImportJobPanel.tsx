import { Alert, Badge, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { downloadReport, isRunning, useCancelImport, type ImportJob } from '../api';
import { ImportRows } from './ImportRows';

const STATUS_COLORS: Record<ImportJob['status'], string> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  SUCCEEDED: 'green',
  FAILED: 'red',
  CANCELLED: 'orange',
};

/** A job as it runs and as it ended: progress, counts, warnings, and the report by rows. */
export function ImportJobPanel({ job, onApply }: { job: ImportJob; onApply?: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelImport();
  const running = isRunning(job);
  const done = job.status === 'SUCCEEDED';
  const percent = job.totalRows > 0 ? Math.round((100 * job.processedRows) / job.totalRows) : 0;
  const counts = [
    {
      label: t(job.applied ? 'imports.counts.created' : 'imports.planned.created'),
      value: job.created,
      color: 'green',
    },
    {
      label: t(job.applied ? 'imports.counts.updated' : 'imports.planned.updated'),
      value: job.updated,
      color: 'blue',
    },
    { label: t('imports.counts.unchanged'), value: job.unchanged, color: 'gray' },
    { label: t('imports.counts.rejected'), value: job.rejected, color: 'red' },
  ];

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Group>
            <Title order={2} size="h3">
              {job.fileName ?? t('imports.file')}
            </Title>
            <Badge color={STATUS_COLORS[job.status]} data-testid="import-status">
              {t(`imports.status.${job.status}`)}
            </Badge>
          </Group>
          <Group>
            {running && (
              <Button
                variant="default"
                color="red"
                loading={cancel.isPending}
                onClick={() =>
                  confirmAction(t('imports.cancelConfirm'), t('imports.cancel'), () => cancel.mutate(job.id))
                }
              >
                {t('imports.cancel')}
              </Button>
            )}
            {done && (
              <Button variant="default" onClick={() => void downloadReport(job.id)}>
                {t('imports.report')}
              </Button>
            )}
          </Group>
        </Group>
        {job.fileFormat && (
          <Text size="sm" c="dimmed">
            {job.fileFormat}
          </Text>
        )}
        {running && (
          <Stack gap={4}>
            <Progress
              value={percent}
              animated
              aria-label={t('imports.progress', { done: job.processedRows, total: job.totalRows })}
            />
            <Text size="sm">{t('imports.progress', { done: job.processedRows, total: job.totalRows })}</Text>
          </Stack>
        )}
        <ErrorAlert error={cancel.error} />
        {job.error && (
          <Alert
            color={job.status === 'CANCELLED' ? 'orange' : 'red'}
            title={t(`imports.status.${job.status}`)}
          >
            {job.error}
          </Alert>
        )}
        {job.warnings.map((w) => (
          <Alert key={w} color="yellow">
            {w}
          </Alert>
        ))}
        {done && (
          <>
            <Alert color={job.applied ? 'green' : job.dryRun ? 'blue' : 'orange'}>
              {job.applied
                ? t('imports.applied')
                : job.dryRun
                  ? t('imports.dryRunDone')
                  : t('imports.notApplied')}
            </Alert>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {counts.map((c) => (
                <Paper key={c.label} withBorder p="sm">
                  <Text size="xs" c="dimmed">
                    {c.label}
                  </Text>
                  <Text fw={700} size="xl" c={c.color} data-testid={`count-${c.color}`}>
                    {c.value}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
            {onApply && job.created + job.updated > 0 && (
              <Group>
                <Button onClick={onApply}>{t('imports.applyChecked')}</Button>
              </Group>
            )}
            <ImportRows job={job} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
