import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import {
  downloadOrder,
  useMentorship,
  useMentorshipEvents,
  type Mentorship,
  type MentorshipEvent,
} from '../api';
import { ACTION_LABEL, ActionForm, type ActionKind } from './ActionDialog';
import { StatusBadge } from './StatusBadge';

const ACTIONS: Record<string, ActionKind> = {
  ACTIVATE: 'activate',
  TERMINATE: 'terminate',
  RESCHEDULE: 'reschedule',
};

/** What other features add to the pair's page: the button that completes it, and their sections (programme, diary, feedback, completion). */
export interface MentorshipPageParts {
  /** Completing records what the pair achieved: its own feature asks for that and completes the pair. */
  completeAction?: (m: Mentorship) => ReactNode;
  sections?: (m: Mentorship) => ReactNode;
}

export function MentorshipPage({ schoolId, ...parts }: { schoolId: string } & MentorshipPageParts) {
  const { id = '' } = useParams();
  const mentorship = useMentorship(schoolId, id);
  if (mentorship.error) {
    return <ErrorAlert error={mentorship.error} />;
  }
  if (!mentorship.data) {
    return <Loader />;
  }
  return <MentorshipDetails schoolId={schoolId} m={mentorship.data} {...parts} />;
}

export function MentorshipDetails({
  schoolId,
  m,
  completeAction,
  sections,
}: { schoolId: string; m: Mentorship } & MentorshipPageParts) {
  const { t } = useTranslation();
  const [action, setAction] = useState<ActionKind | null>(null);
  const current = m.mentees.filter((p) => !p.removedOn);
  const removed = m.mentees.filter((p) => p.removedOn);
  const download = (format: 'docx' | 'pdf') => {
    if (m.order) {
      downloadOrder(schoolId, m.order.id, format).catch((e) =>
        notifications.show({ color: 'red', message: describeError(e) }),
      );
    }
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>
            {m.mentor.fullName} — {current.map((p) => p.fullName).join(', ')}
          </Title>
          <Group gap="xs">
            <StatusBadge status={m.status} />
            <Text c="dimmed">
              {t(`forms.${m.form}`)} · {t(`mentorshipKinds.${m.kind}`)}
            </Text>
            {m.origin === 'MATCHING' && <Badge variant="outline">{t('mentorships.fromMatching')}</Badge>}
          </Group>
        </Stack>
        <Group>
          {m.allowedActions.includes('APPROVE') && (
            <Button component={Link} to="/mentorships/approve" variant="light">
              {t('mentorships.actions.APPROVE')}
            </Button>
          )}
          {m.allowedActions.includes('COMPLETE') && completeAction?.(m)}
          {m.allowedActions
            .filter((a) => a !== 'APPROVE' && a !== 'COMPLETE')
            .map((a) => (
              <Button
                key={a}
                variant={a === 'TERMINATE' ? 'light' : 'filled'}
                color={a === 'TERMINATE' ? 'red' : undefined}
                onClick={() => setAction(ACTIONS[a] ?? null)}
              >
                {t(`mentorships.actions.${a}`)}
              </Button>
            ))}
        </Group>
      </Group>
      {m.status === 'PROPOSED' && <Alert color="yellow">{t('mentorships.approveHint')}</Alert>}
      {m.allowedActions.length === 0 && <Text c="dimmed">{t('mentorships.noActions')}</Text>}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label={t('mentorships.fields.mentor')} value={m.mentor.fullName} />
          <Field
            label={t('mentorships.fields.mentees')}
            value={
              <Stack gap={0}>
                {current.map((p) => (
                  <span key={p.id}>{p.fullName}</span>
                ))}
                {removed.map((p) => (
                  <Text key={p.id} c="dimmed" td="line-through" size="sm">
                    {p.fullName} ({t('mentorships.removed', { date: formatDate(p.removedOn) })})
                  </Text>
                ))}
              </Stack>
            }
          />
          <Field
            label={t('mentorships.term')}
            value={t('mentorships.termValue', {
              from: formatDate(m.plannedStart),
              to: formatDate(m.plannedEnd),
            })}
          />
          <Field label={t('mentorships.fields.startedOn')} value={formatDate(m.startedOn)} />
          <Field label={t('mentorships.fields.endedOn')} value={formatDate(m.endedOn)} />
          <Field
            label={t('mentorships.order')}
            value={
              m.order && (
                <Group gap="xs">
                  <span>
                    {t('mentorships.orderValue', { number: m.order.number, date: formatDate(m.order.date) })}
                  </span>
                  <Anchor component="button" onClick={() => download('docx')}>
                    {t('orders.docx')}
                  </Anchor>
                  <Anchor component="button" onClick={() => download('pdf')}>
                    {t('orders.pdf')}
                  </Anchor>
                </Group>
              )
            }
          />
          {m.terminationReason && (
            <Field
              label={t('mentorships.fields.reason')}
              value={[t(`terminationReasons.${m.terminationReason}`), m.terminationComment]
                .filter(Boolean)
                .join('. ')}
            />
          )}
        </SimpleGrid>
      </Paper>
      {sections?.(m)}
      <History schoolId={schoolId} id={m.id} />
      <Modal
        opened={action !== null}
        onClose={() => setAction(null)}
        title={action ? t(`mentorships.actions.${ACTION_LABEL[action]}`) : ''}
      >
        {action && (
          <ActionForm schoolId={schoolId} mentorship={m} action={action} onDone={() => setAction(null)} />
        )}
      </Modal>
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{value === null || value === undefined || value === '' || value === false ? '—' : value}</div>
    </div>
  );
}

/** The history, oldest first, as the pair went. */
function History({ schoolId, id }: { schoolId: string; id: string }) {
  const { t } = useTranslation();
  const events = useMentorshipEvents(schoolId, id);
  const rows = events.data ?? [];
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2}>{t('mentorships.history')}</Title>
        <ErrorAlert error={events.error} />
        {events.data && rows.length === 0 && <EmptyState>{t('mentorships.historyEmpty')}</EmptyState>}
        {rows.length > 0 && (
          <Timeline
            active={rows.length - 1}
            bulletSize={16}
            lineWidth={2}
            aria-label={t('mentorships.history')}
          >
            {rows.map((e) => (
              <Timeline.Item key={e.id} title={t(`mentorshipEvents.${e.kind}`)}>
                <EventDetails e={e} />
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}

function EventDetails({ e }: { e: MentorshipEvent }) {
  const { t } = useTranslation();
  const lines = [
    e.participantName,
    e.reason && t(`terminationReasons.${e.reason}`),
    e.oldEnd &&
      e.newEnd &&
      t('mentorships.endChanged', { from: formatDate(e.oldEnd), to: formatDate(e.newEnd) }),
    e.comment,
    e.agreements?.length &&
      t('mentorships.agreedBy', {
        list: e.agreements
          .map((a) =>
            a.givenBy === 'SELF'
              ? t('mentorships.agreedSelf', { name: a.participantName, date: formatDate(a.agreedOn) })
              : t('mentorships.agreedFor', {
                  name: a.participantName,
                  giver: a.giverName,
                  date: formatDate(a.agreedOn),
                }),
          )
          .join('; '),
      }),
    e.effectiveOn && t('mentorships.effectiveOn', { date: formatDate(e.effectiveOn) }),
  ].filter(Boolean);
  return (
    <Stack gap={2}>
      {lines.map((line) => (
        <Text size="sm" key={line as string}>
          {line}
        </Text>
      ))}
      <Text size="xs" c="dimmed">
        {t('mentorships.by', { name: e.actorName, at: new Date(e.at).toLocaleString('ru-RU') })}
      </Text>
    </Stack>
  );
}
