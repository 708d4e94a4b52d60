import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import type { Schemas } from '../../../lib/api/client';
import { describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import {
  useFeedbackOverview,
  usePrintSheet,
  type DeliveryStatus,
  type FeedbackDelivery,
  type FeedbackSchedule,
} from '../api';
import { ScheduleForm } from './ScheduleForm';

type Mentorship = Schemas['Mentorship'];

const STATUS_COLORS: Record<DeliveryStatus, string> = {
  PENDING: 'yellow',
  TO_PRINT: 'orange',
  EMAILED: 'blue',
  PRINTED: 'blue',
  FILLED: 'green',
  REPLACED: 'gray',
  EXPIRED: 'red',
  CANCELLED: 'gray',
};

const OPEN: Mentorship['status'][] = ['PROPOSED', 'APPROVED', 'ACTIVE'];

function dateTime(iso: string | undefined): string | undefined {
  return iso ? new Date(iso).toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short' }) : undefined;
}

/**
 * The pair's feedback: when its participants get the intermediate questionnaire, the dates still to come, and
 * every questionnaire they were sent with what became of it; the sheets with QR codes for those without e-mail.
 */
export function FeedbackSection({ schoolId, mentorship }: { schoolId: string; mentorship: Mentorship }) {
  const { t } = useTranslation();
  const overview = useFeedbackOverview(schoolId, mentorship.id);
  const print = usePrintSheet(schoolId, mentorship.id);
  const [editing, setEditing] = useState(false);
  const open = OPEN.includes(mentorship.status);
  const data = overview.data;

  const printSheet = () =>
    print.mutate(undefined, {
      onSuccess: () => notifications.show({ color: 'green', message: t('feedback.printed') }),
      onError: (e) => notifications.show({ color: 'red', message: describeError(e) }),
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="feedback-title">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Title order={2} id="feedback-title">
            {t('feedback.title')}
          </Title>
          <Group>
            <Button variant="light" onClick={printSheet} loading={print.isPending}>
              {t('feedback.print')}
            </Button>
            {open && data && (
              <Button onClick={() => setEditing(true)}>
                {t(data.schedule.version === 0 ? 'feedback.setSchedule' : 'feedback.editSchedule')}
              </Button>
            )}
          </Group>
        </Group>
        <ErrorAlert error={overview.error} />
        {data && (
          <>
            <ScheduleSummary schedule={data.schedule} />
            {data.schedule.mode !== 'NONE' && open && (
              <Text size="sm">
                {data.nextDates.length > 0
                  ? t('feedback.nextDates', { dates: data.nextDates.map((d) => formatDate(d)).join(', ') })
                  : t('feedback.noNextDates')}
              </Text>
            )}
            <Text size="sm">{t('feedback.printHint')}</Text>
            <Title order={3}>{t('feedback.deliveries')}</Title>
            {data.deliveries.length === 0 ? (
              <EmptyState>{t('feedback.deliveriesEmpty')}</EmptyState>
            ) : (
              <Deliveries rows={data.deliveries} />
            )}
          </>
        )}
      </Stack>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('feedback.schedule')} size="lg">
        {data && editing && (
          <ScheduleForm
            schoolId={schoolId}
            mentorshipId={mentorship.id}
            schedule={data.schedule}
            plannedEnd={mentorship.plannedEnd}
            onDone={() => setEditing(false)}
          />
        )}
      </Modal>
    </Paper>
  );
}

function ScheduleSummary({ schedule }: { schedule: FeedbackSchedule }) {
  const { t } = useTranslation();
  const what =
    schedule.mode === 'PERIODIC'
      ? t('feedback.summary.PERIODIC', { first: schedule.firstAfterMonths, every: schedule.everyMonths })
      : schedule.mode === 'DATES'
        ? t('feedback.summary.DATES', { dates: schedule.dates.map((d) => formatDate(d)).join(', ') })
        : t('feedback.summary.NONE');
  return (
    <Stack gap={2}>
      <Text>{what}</Text>
      {schedule.mode !== 'NONE' && (
        <Text size="sm">
          {t(schedule.includeMentor ? 'feedback.mentorToo' : 'feedback.menteesOnly')} ·{' '}
          {t('feedback.countedFrom', { date: formatDate(schedule.countedFrom) })}
        </Text>
      )}
    </Stack>
  );
}

function Deliveries({ rows }: { rows: FeedbackDelivery[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={t('feedback.deliveries')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('feedback.columns.participant')}</Table.Th>
            <Table.Th>{t('feedback.columns.questionnaire')}</Table.Th>
            <Table.Th>{t('feedback.columns.dueOn')}</Table.Th>
            <Table.Th>{t('feedback.columns.channel')}</Table.Th>
            <Table.Th>{t('feedback.columns.status')}</Table.Th>
            <Table.Th>{t('feedback.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{d.participantName}</Table.Td>
              <Table.Td>
                {t(`feedback.purposes.${d.purpose}`)}
                {d.questionnaireTitle && d.questionnaireTitle !== t(`feedback.purposes.${d.purpose}`) && (
                  <Text size="xs">{d.questionnaireTitle}</Text>
                )}
              </Table.Td>
              <Table.Td>{formatDate(d.dueOn)}</Table.Td>
              <Table.Td>
                {d.channel === 'EMAIL'
                  ? t('feedback.channels.EMAIL', { email: d.email })
                  : d.channel === 'SHEET'
                    ? t('feedback.channels.SHEET')
                    : '—'}
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[d.status]} variant="light">
                  {t(`feedback.statuses.${d.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{details(d, t)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The one thing worth knowing about the row now: why it failed or was cancelled, when it was filled or ends. */
function details(d: FeedbackDelivery, t: (key: string, options?: Record<string, unknown>) => string): string {
  switch (d.status) {
    case 'FILLED':
      return t('feedback.filledAt', { at: dateTime(d.filledAt) });
    case 'CANCELLED':
      return d.cancelReason ?? '';
    case 'EMAILED':
    case 'PRINTED':
      return t('feedback.expiresAt', { at: dateTime(d.expiresAt) });
    case 'EXPIRED':
      return t('feedback.expiredAt', { at: dateTime(d.expiresAt) });
    default:
      return d.mailError ?? '';
  }
}
