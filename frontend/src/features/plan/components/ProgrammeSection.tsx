import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { ApiError, describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import { useEditor } from '../../../lib/useEditor';
import {
  downloadProgramme,
  useCreateProgramme,
  useDeleteActivity,
  useProgramme,
  useRevisions,
  useTemplates,
  type Mentorship,
  type Programme,
  type ProgrammeActivity,
} from '../api';
import { ActivityForm } from './ActivityForm';
import { ReasonField } from './fields';
import { AgreeForm } from './AgreeForm';
import { ProgrammeForm } from './ProgrammeForm';

/** The pair's personalised programme on the pair's page: started from a template, written, agreed, revised. */
export function ProgrammeSection({ schoolId, mentorship }: { schoolId: string; mentorship: Mentorship }) {
  const { t } = useTranslation();
  const programme = useProgramme(schoolId, mentorship.id);
  const missing = programme.error instanceof ApiError && programme.error.status === 404;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3}>{t('plan.title')}</Title>
        {missing ? (
          <StartProgramme schoolId={schoolId} mentorship={mentorship} />
        ) : programme.error ? (
          <ErrorAlert error={programme.error} />
        ) : !programme.data ? (
          <Loader />
        ) : (
          <ProgrammeDetails schoolId={schoolId} mentorship={mentorship} p={programme.data} />
        )}
      </Stack>
    </Paper>
  );
}

/** A programme is written for a pair approved by an order or at work, from a template of its form or empty. */
function StartProgramme({ schoolId, mentorship }: { schoolId: string; mentorship: Mentorship }) {
  const { t } = useTranslation();
  const templates = useTemplates(mentorship.form);
  const create = useCreateProgramme(schoolId, mentorship.id);
  const [code, setCode] = useState<string | null>(null);
  if (mentorship.status !== 'APPROVED' && mentorship.status !== 'ACTIVE') {
    return <Text c="dimmed">{t('plan.notYet')}</Text>;
  }
  const chosen = templates.data?.find((tpl) => tpl.code === code);
  const start = (templateCode?: string) =>
    create.mutate(templateCode, {
      onSuccess: () => notifications.show({ color: 'green', message: t('plan.created') }),
      onError: (error) => notifications.show({ color: 'red', message: describeError(error) }),
    });
  return (
    <Stack>
      <Text>{t('plan.none')}</Text>
      <ErrorAlert error={templates.error} />
      <Select
        label={t('plan.template')}
        placeholder={t('plan.templatePlaceholder')}
        data={(templates.data ?? []).map((tpl) => ({ value: tpl.code, label: tpl.title }))}
        value={code}
        onChange={setCode}
        nothingFoundMessage={t('plan.noTemplates')}
        maw={520}
      />
      {chosen && (
        <Text size="sm" c="dimmed">
          {chosen.summary}{' '}
          {t('plan.templateSize', { goals: chosen.goals.length, activities: chosen.activities.length })}
        </Text>
      )}
      <Group>
        <Button disabled={!code} loading={create.isPending} onClick={() => start(code ?? undefined)}>
          {t('plan.fromTemplate')}
        </Button>
        <Button variant="light" loading={create.isPending} onClick={() => start(undefined)}>
          {t('plan.empty')}
        </Button>
      </Group>
    </Stack>
  );
}

type Dialog = 'note' | 'agree' | null;

function ProgrammeDetails({
  schoolId,
  mentorship,
  p,
}: {
  schoolId: string;
  mentorship: Mentorship;
  p: Programme;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const activity = useEditor<ProgrammeActivity>();
  const [removing, setRemoving] = useState<ProgrammeActivity | null>(null);
  const remove = useDeleteActivity(schoolId, mentorship.id);
  const editable = p.allowedActions.includes('EDIT');
  const deleteActivity = (a: ProgrammeActivity, reason?: string) =>
    remove.mutate(
      { id: a.id, version: a.version, reason },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('plan.activityDeleted') });
          setRemoving(null);
        },
        onError: (e) => notifications.show({ color: 'red', message: describeError(e) }),
      },
    );
  // Before agreement a plain confirmation; after it the confirmation asks why, as every change does.
  const askToDelete = (a: ProgrammeActivity) =>
    p.status === 'AGREED'
      ? setRemoving(a)
      : confirmAction(t('plan.deleteQuestion', { title: a.title }), t('common.delete'), () =>
          deleteActivity(a),
        );
  const download = (format: 'docx' | 'pdf') =>
    downloadProgramme(schoolId, mentorship.id, format).catch((e) =>
      notifications.show({ color: 'red', message: describeError(e) }),
    );
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Group gap="xs">
          <Badge color={p.status === 'AGREED' ? 'green' : 'yellow'} variant="light">
            {p.status === 'AGREED'
              ? t('plan.status.AGREED', { date: formatDate(p.agreedOn) })
              : t('plan.status.DRAFT')}
          </Badge>
          {p.templateTitle && <Text c="dimmed">«{p.templateTitle}»</Text>}
        </Group>
        <Group>
          {editable && (
            <Button variant="light" onClick={() => setDialog('note')}>
              {t('plan.edit')}
            </Button>
          )}
          {p.allowedActions.includes('AGREE') && (
            <Button onClick={() => setDialog('agree')}>{t('plan.agree')}</Button>
          )}
          <Anchor component="button" onClick={() => void download('docx')}>
            {t('plan.docx')}
          </Anchor>
          <Anchor component="button" onClick={() => void download('pdf')}>
            {t('plan.pdf')}
          </Anchor>
        </Group>
      </Group>
      {p.status === 'AGREED' && editable && <Alert color="blue">{t('plan.agreedHint')}</Alert>}
      {!editable && <Text c="dimmed">{t('plan.closed')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <NoteField label={t('plan.fields.problem')} value={p.problem} />
        <NoteField label={t('plan.fields.content')} value={p.content} />
        <NoteField label={t('plan.fields.intermediateResults')} value={p.intermediateResults} />
        <NoteField label={t('plan.fields.finalResults')} value={p.finalResults} />
        <NoteField label={t('plan.fields.conditions')} value={p.conditions} />
        <NoteField
          label={t('plan.scheduleTitle')}
          value={[
            t('plan.termValue', { from: formatDate(p.startsOn), to: formatDate(p.endsOn) }),
            `${t(`plan.modes.${p.mode}`)}, ${t(`plan.frequencies.${p.meetingFrequency}`).toLowerCase()}`,
            [
              p.meetingWeekday ? t(`plan.weekdays.${p.meetingWeekday}`) : null,
              p.meetingTime?.slice(0, 5),
              p.scheduleNote,
            ]
              .filter(Boolean)
              .join(', '),
          ]
            .filter(Boolean)
            .join('\n')}
        />
      </SimpleGrid>
      <Goals p={p} />
      <Group justify="space-between">
        <Title order={4}>{t('plan.activities')}</Title>
        {editable && (
          <Button variant="light" size="xs" onClick={() => activity.start(null)}>
            {t('plan.addActivity')}
          </Button>
        )}
      </Group>
      <PlanTable p={p} editable={editable} onEdit={(a) => activity.start(a)} onDelete={askToDelete} />
      <Agreements p={p} />
      {p.status === 'AGREED' && <Revisions schoolId={schoolId} mentorshipId={mentorship.id} />}
      <Modal opened={dialog === 'note'} onClose={() => setDialog(null)} title={t('plan.edit')} size="xl">
        {dialog === 'note' && (
          <ProgrammeForm
            schoolId={schoolId}
            mentorship={mentorship}
            programme={p}
            onDone={() => setDialog(null)}
          />
        )}
      </Modal>
      <Modal
        opened={dialog === 'agree'}
        onClose={() => setDialog(null)}
        title={t('plan.agreeTitle')}
        size="lg"
      >
        {dialog === 'agree' && <AgreeForm schoolId={schoolId} programme={p} onDone={() => setDialog(null)} />}
      </Modal>
      <Modal
        opened={activity.opened}
        onClose={activity.close}
        title={activity.editing ? t('plan.editActivity') : t('plan.addActivity')}
        size="lg"
      >
        {activity.opened && (
          <ActivityForm
            schoolId={schoolId}
            programme={p}
            activity={activity.editing}
            onDone={activity.close}
          />
        )}
      </Modal>
      <DeleteWithReason
        key={removing?.id ?? 'none'}
        activity={removing}
        pending={remove.isPending}
        onDelete={deleteActivity}
        onCancel={() => setRemoving(null)}
      />
    </Stack>
  );
}

function NoteField({ label, value }: { label: string; value: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }} c={value ? undefined : 'dimmed'}>
        {value || t('plan.notFilled')}
      </Text>
    </div>
  );
}

function Goals({ p }: { p: Programme }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={4}>{t('plan.goals')}</Title>
      {p.goals.length === 0 && <Text c="dimmed">{t('plan.noGoals')}</Text>}
      {p.goals.map((g, i) => (
        <div key={g.id}>
          <Text fw={500}>
            {t('plan.goalNumber', { n: i + 1 })} {g.title}
          </Text>
          {g.tasks && (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {g.tasks}
            </Text>
          )}
        </div>
      ))}
    </Stack>
  );
}

function PlanTable({
  p,
  editable,
  onEdit,
  onDelete,
}: {
  p: Programme;
  editable: boolean;
  onEdit: (a: ProgrammeActivity) => void;
  onDelete: (a: ProgrammeActivity) => void;
}) {
  const { t } = useTranslation();
  if (p.activities.length === 0) {
    return <EmptyState>{t('plan.noActivities')}</EmptyState>;
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label={t('plan.activities')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('plan.fields.direction')}</Table.Th>
            <Table.Th>{t('plan.fields.title')}</Table.Th>
            <Table.Th>{t('plan.fields.dueOn')}</Table.Th>
            <Table.Th>{t('plan.fields.performer')}</Table.Th>
            <Table.Th>{t('plan.fields.status')}</Table.Th>
            <Table.Th>{t('plan.fields.result')}</Table.Th>
            {editable && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {p.activities.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{t(`plan.directions.${a.direction}`)}</Table.Td>
              <Table.Td>
                <Text size="sm">{a.title}</Text>
                {a.description && (
                  <Text size="xs" c="dimmed">
                    {a.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={a.overdue ? 'red' : undefined}>
                  {formatDate(a.dueOn)}
                  {a.overdue && ` · ${t('plan.overdue')}`}
                </Text>
              </Table.Td>
              <Table.Td>{t(`plan.performers.${a.performer}`)}</Table.Td>
              <Table.Td>
                {t(`plan.statuses.${a.status}`)}
                {a.doneOn && ` ${formatDate(a.doneOn)}`}
              </Table.Td>
              <Table.Td>{a.result}</Table.Td>
              {editable && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('plan.editActivityNamed', { title: a.title })}
                      onClick={() => onEdit(a)}
                    >
                      ✎
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('plan.deleteActivityNamed', { title: a.title })}
                      onClick={() => onDelete(a)}
                    >
                      ✕
                    </ActionIcon>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Deleting an activity of an agreed programme: the confirmation asks why. */
function DeleteWithReason({
  activity,
  pending,
  onDelete,
  onCancel,
}: {
  activity: ProgrammeActivity | null;
  pending: boolean;
  onDelete: (a: ProgrammeActivity, reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    onCancel();
  };
  return (
    <Modal opened={activity !== null} onClose={close} title={t('plan.deleteTitle')}>
      {activity && (
        <Stack>
          <Text size="sm">{t('plan.deleteQuestion', { title: activity.title })}</Text>
          <ReasonField
            input={{
              value: reason,
              error,
              onChange: (e: ChangeEvent<HTMLTextAreaElement>) => {
                setReason(e.currentTarget.value);
                setError(null);
              },
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={pending}
              onClick={() =>
                reason.trim() ? onDelete(activity, reason.trim()) : setError(t('plan.validation.reason'))
              }
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function Agreements({ p }: { p: Programme }) {
  const { t } = useTranslation();
  if (p.agreements.length === 0) {
    return null;
  }
  return (
    <Stack gap={4}>
      <Title order={4}>{t('plan.agreementsTitle')}</Title>
      {p.agreements.map((a) => (
        <Text size="sm" key={a.participantId}>
          {t(`plan.sides.${a.side}`)}: {a.participantName} —{' '}
          {a.givenBy === 'SELF'
            ? t('plan.agreedSelf', { date: formatDate(a.agreedOn) })
            : t('plan.agreedFor', {
                giver: t(`consent.${a.givenBy}`).toLowerCase(),
                name: a.giverName,
                date: formatDate(a.agreedOn),
              })}
        </Text>
      ))}
    </Stack>
  );
}

/** The changes since agreement, the newest first: who, when, why and what. */
function Revisions({ schoolId, mentorshipId }: { schoolId: string; mentorshipId: string }) {
  const { t } = useTranslation();
  const revisions = useRevisions(schoolId, mentorshipId);
  const rows = revisions.data ?? [];
  return (
    <Stack gap="xs">
      <Title order={4}>{t('plan.revisions')}</Title>
      <ErrorAlert error={revisions.error} />
      {revisions.data && rows.length === 0 && <Text c="dimmed">{t('plan.noRevisions')}</Text>}
      {rows.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} aria-label={t('plan.revisions')}>
          {rows.map((r) => (
            <Timeline.Item key={r.id} title={r.summary}>
              <Text size="sm">{t('plan.revisionReason', { reason: r.reason })}</Text>
              <Text size="xs" c="dimmed">
                {t('plan.by', { name: r.actorName, at: new Date(r.at).toLocaleString('ru-RU') })}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
