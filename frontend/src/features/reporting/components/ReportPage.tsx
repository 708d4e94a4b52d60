import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import { formatNumber, formatValue } from '../../monitoring/figures';
import { downloadReport, returnComment, useReport, type Owner, type Report } from '../api';
import { NoteEditor } from './NoteEditor';
import { ReportBadge } from './ReportBadge';
import { ReportDecisions } from './ReportDecisions';
import { SchoolReports } from './SchoolReports';

/** A report opened from its address: `/reports/:campaignId/schools/:id` or `/reports/:campaignId/municipalities/:id`. */
export function ReportPage({ kind, ownId }: { kind: Owner['kind']; ownId?: string }) {
  const { campaignId = '', id = '' } = useParams();
  const owner: Owner = { kind, id: ownId ?? id };
  const report = useReport(owner, campaignId);
  if (report.error) {
    return <ErrorAlert error={report.error} />;
  }
  if (!report.data) {
    return <Loader />;
  }
  return <ReportScreen owner={owner} report={report.data} />;
}

export function ReportScreen({ owner, report }: { owner: Owner; report: Report }) {
  const { t } = useTranslation();
  const comment = report.status === 'RETURNED' ? returnComment(report) : undefined;
  const download = (format: 'xlsx' | 'docx') =>
    downloadReport(owner, report.campaign.id, format, `${report.campaign.title} — ${report.name}`).catch(
      (e: unknown) => notifications.show({ color: 'red', message: describeError(e) }),
    );
  return (
    <Stack>
      <Anchor component={Link} to={`/reports/${report.campaign.id}`} size="sm">
        {report.campaign.title}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{report.name}</Title>
          <Group gap="xs">
            <ReportBadge status={report.status} late={report.late} />
            <Text size="sm">
              {report.campaign.periodLabel} · {t('reporting.due')}: {formatDate(report.campaign.dueOn)} ·{' '}
              {t('reporting.version', { n: report.number })}
            </Text>
          </Group>
        </Stack>
        <Group>
          <Button variant="default" onClick={() => void download('xlsx')}>
            {t('monitoring.downloadXlsx')}
          </Button>
          <Button variant="default" onClick={() => void download('docx')}>
            {t('reporting.docx')}
          </Button>
        </Group>
      </Group>
      {comment && (
        <Alert color="orange" title={t('reporting.returned')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{comment}</Text>
        </Alert>
      )}
      <ReportDecisions report={report} />
      <FiguresTable report={report} />
      <NoteEditor key={report.version} owner={owner} report={report} />
      {report.schools && <SchoolReports campaignId={report.campaign.id} rows={report.schools} />}
      <History report={report} />
    </Stack>
  );
}

function FiguresTable({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2}>{t('reporting.f.indicators')}</Title>
        <Text size="sm">{t(report.figuresFrozen ? 'reporting.frozen' : 'reporting.live')}</Text>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('monitoring.targets.fields.indicator')}</Table.Th>
              <Table.Th>{t('monitoring.ranking.value')}</Table.Th>
              <Table.Th>{t('monitoring.ranking.numerator')}</Table.Th>
              <Table.Th>{t('monitoring.ranking.denominator')}</Table.Th>
              <Table.Th>{t('monitoring.ranking.target')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.figures.indicators.map((i) => (
              <Table.Tr key={i.indicator}>
                <Table.Td>{i.title}</Table.Td>
                <Table.Td>
                  {i.figure.value == null
                    ? (i.figure.noDataText ?? t('monitoring.card.noData'))
                    : formatValue(i.figure.value, i.unit)}
                </Table.Td>
                <Table.Td>{formatNumber(i.figure.numerator)}</Table.Td>
                <Table.Td>{formatNumber(i.figure.denominator)}</Table.Td>
                <Table.Td>{i.target ? formatValue(i.target.value, i.unit) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

/** Every submission, return and acceptance, and each submitted version with who sent it. */
function History({ report }: { report: Report }) {
  const { t } = useTranslation();
  const at = (iso: string) => new Date(iso).toLocaleString('ru-RU');
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2}>{t('reporting.history')}</Title>
        {report.history.length === 0 ? (
          <EmptyState>{t('reporting.noHistory')}</EmptyState>
        ) : (
          <Timeline active={report.history.length - 1} bulletSize={16} lineWidth={2}>
            {report.history.map((e) => (
              <Timeline.Item
                key={`${e.number}-${e.action}-${e.at}`}
                title={`${t('reporting.version', { n: e.number })}: ${t(`reporting.status.${e.action}`)}`}
              >
                {e.comment && <Text size="sm">{e.comment}</Text>}
                <Text size="xs">{t('reporting.by', { name: e.actorName, at: at(e.at) })}</Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        {report.versions.length > 0 && (
          <>
            <Title order={3} size="h4">
              {t('reporting.versions')}
            </Title>
            <Stack gap={4}>
              {report.versions.map((v) => (
                <Text key={v.number} size="sm">
                  {t('reporting.version', { n: v.number })} —{' '}
                  {t('reporting.by', { name: v.submittedBy, at: at(v.submittedAt) })}
                </Text>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
