import {
  Alert,
  Badge,
  Button,
  Card,
  Center,
  Container,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Refusal } from '../../../components/ui/Refusal';
import { ApiError, describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import {
  useMarkActivity,
  usePublicDiary,
  useSaveOwnMeeting,
  type DiaryActivity,
  type Meeting,
  type PublicDiary,
} from '../api';
import { MeetingFields } from './MeetingFields';
import {
  emptyMeeting,
  MEETING_FIELD_ALIASES,
  meetingValues,
  todayIso,
  toMeetingInput,
  type MeetingValues,
} from './meetingForm';
import { MeetingSummary } from './MeetingSummary';
import { useMeetingValidation } from './useMeetingValidation';

const ACTIVITY_COLORS: Record<DiaryActivity['status'], string> = {
  PLANNED: 'gray',
  IN_PROGRESS: 'blue',
  DONE: 'green',
  CANCELLED: 'gray',
};

/**
 * The diary a mentor opens from the personal link, on a phone more often than not. It needs no account; the link's
 * secret is all it sends. One column: the pair, a button to log a meeting, the plan to mark, the last meetings.
 */
export function PublicDiaryPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const diary = usePublicDiary(token);
  if (diary.isPending) {
    return (
      <Center h="100vh">
        <Loader role="status" aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (diary.error) {
    return <Refusal error={diary.error} />;
  }
  return <Diary token={token} diary={diary.data} />;
}

function Diary({ token, diary }: { token: string; diary: PublicDiary }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const started = Boolean(diary.startedOn);
  return (
    <Container size="sm" py="md" px="sm">
      <Stack gap="lg">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('app.name')} · {diary.schoolName}
          </Text>
          <Title order={1}>{t('diary.publicTitle')}</Title>
          <Text>
            {t('diary.public.pair', {
              form: t(`forms.${diary.form}`),
              kind: t(`mentorshipKinds.${diary.kind}`),
            })}
          </Text>
          <Text>{t('diary.public.mentees', { names: diary.mentees.map((m) => m.fullName).join(', ') })}</Text>
          <Text size="sm">
            {t('diary.public.term', {
              from: formatDate(diary.plannedStart),
              to: formatDate(diary.plannedEnd),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('diary.public.validUntil', { date: new Date(diary.expiresAt).toLocaleDateString('ru-RU') })}
          </Text>
        </Stack>
        {!started && <Alert color="yellow">{t('diary.notStarted')}</Alert>}
        {saved && (
          <Alert color="green" role="status" withCloseButton onClose={() => setSaved(null)}>
            {saved}
          </Alert>
        )}
        {adding ? (
          <Paper withBorder p="md">
            <Stack>
              <Title order={2}>{t('diary.add')}</Title>
              <OwnMeetingForm
                token={token}
                diary={diary}
                onDone={(message) => {
                  setAdding(false);
                  setSaved(message);
                }}
                onCancel={() => setAdding(false)}
              />
            </Stack>
          </Paper>
        ) : (
          <Button size="md" fullWidth onClick={() => setAdding(true)}>
            {t('diary.add')}
          </Button>
        )}
        <Plan token={token} diary={diary} />
        <RecentMeetings token={token} diary={diary} onSaved={setSaved} />
      </Stack>
    </Container>
  );
}

function OwnMeetingForm({
  token,
  diary,
  meeting,
  onDone,
  onCancel,
}: {
  token: string;
  diary: PublicDiary;
  meeting?: Meeting;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveOwnMeeting(token);
  const validate = useMeetingValidation(diary.startedOn);
  const form = useForm<MeetingValues>({
    initialValues: meeting ? meetingValues(meeting) : emptyMeeting(Boolean(diary.startedOn), diary.mentees),
    validate,
  });
  const [failure, setFailure] = useState<{ title: string; detail?: string } | null>(null);
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await save.mutateAsync({
        id: meeting?.id,
        body: toMeetingInput(values, diary.mentees, meeting?.version),
      });
      onDone(`${meeting ? t('diary.updated') : t('diary.saved')}: ${formatDate(values.date)}`);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fieldErrors() : {};
      if (Object.keys(fields).length > 0) {
        form.setErrors(
          Object.fromEntries(Object.entries(fields).map(([k, v]) => [MEETING_FIELD_ALIASES[k] ?? k, v])),
        );
      } else if (error instanceof ApiError) {
        setFailure({ title: error.problem.title, detail: error.problem.detail });
      } else {
        setFailure({ title: describeError(error) });
      }
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <MeetingFields
          form={form}
          mentees={diary.mentees}
          activities={diary.activities}
          started={Boolean(diary.startedOn)}
        />
        {failure && (
          <Alert color="red" role="alert" title={failure.title}>
            {failure.detail}
          </Alert>
        )}
        <Group grow>
          <Button variant="default" size="md" onClick={onCancel}>
            {t('diary.public.cancel')}
          </Button>
          <Button type="submit" size="md" loading={save.isPending}>
            {t('diary.public.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Plan({ token, diary }: { token: string; diary: PublicDiary }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2}>{t('diary.public.plan')}</Title>
      {diary.activities.length === 0 ? (
        <Text c="dimmed">{t('diary.public.noPlan')}</Text>
      ) : (
        diary.activities.map((a) => (
          <ActivityCard key={a.id} token={token} activity={a} started={Boolean(diary.startedOn)} />
        ))
      )}
    </Stack>
  );
}

function ActivityCard({
  token,
  activity: a,
  started,
}: {
  token: string;
  activity: DiaryActivity;
  started: boolean;
}) {
  const { t } = useTranslation();
  const mark = useMarkActivity(token);
  const [finishing, setFinishing] = useState(false);
  const [result, setResult] = useState(a.result);
  const [doneOn, setDoneOn] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);
  const markable = started && a.status !== 'CANCELLED';
  const send = async (status: 'IN_PROGRESS' | 'DONE') => {
    setError(null);
    if (status === 'DONE' && !result.trim()) {
      setError(t('diary.validation.result'));
      return;
    }
    try {
      await mark.mutateAsync({
        id: a.id,
        body:
          status === 'DONE'
            ? { status, result: result.trim(), doneOn, version: a.version }
            : { status, version: a.version },
      });
      setFinishing(false);
    } catch (e) {
      const fields = e instanceof ApiError ? e.fieldErrors() : {};
      setError(Object.values(fields)[0] ?? describeError(e));
    }
  };
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={500}>{a.title}</Text>
          <Badge color={ACTIVITY_COLORS[a.status]} variant="light" style={{ flexShrink: 0 }}>
            {t(`diary.activityStatuses.${a.status}`)}
          </Badge>
        </Group>
        {a.description && <Text size="sm">{a.description}</Text>}
        <Text size="sm" c="dimmed">
          {a.status === 'DONE' && a.doneOn
            ? t('diary.public.done', { date: formatDate(a.doneOn) })
            : t('diary.public.due', { date: formatDate(a.dueOn) })}
        </Text>
        {a.status === 'DONE' && a.result && <Text size="sm">{a.result}</Text>}
        {finishing && (
          <Stack gap="xs">
            <Textarea
              label={t('diary.public.result')}
              withAsterisk
              autosize
              minRows={2}
              value={result}
              onChange={(e) => setResult(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('diary.public.doneOn')}
              value={doneOn}
              max={todayIso()}
              onChange={(e) => setDoneOn(e.currentTarget.value)}
            />
          </Stack>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {markable && (
          <Group grow>
            {finishing ? (
              <>
                <Button variant="default" onClick={() => setFinishing(false)}>
                  {t('diary.public.cancel')}
                </Button>
                <Button loading={mark.isPending} onClick={() => void send('DONE')}>
                  {t('diary.public.markDone')}
                </Button>
              </>
            ) : (
              <>
                {a.status !== 'IN_PROGRESS' && (
                  <Button
                    variant="light"
                    loading={mark.isPending}
                    aria-label={`${t('diary.public.start')}: ${a.title}`}
                    onClick={() => void send('IN_PROGRESS')}
                  >
                    {t('diary.public.start')}
                  </Button>
                )}
                <Button
                  variant="light"
                  color="green"
                  aria-label={`${t('diary.public.finish')}: ${a.title}`}
                  onClick={() => setFinishing(true)}
                >
                  {t('diary.public.finish')}
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function RecentMeetings({
  token,
  diary,
  onSaved,
}: {
  token: string;
  diary: PublicDiary;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      <Title order={2}>{t('diary.public.recent')}</Title>
      <Text size="sm" c="dimmed">
        {t('diary.public.editWindow', { count: diary.editableDays })}
      </Text>
      {diary.meetings.length === 0 && <Text c="dimmed">{t('diary.public.noMeetings')}</Text>}
      {diary.meetings.map((m) => (
        <Card key={m.id} withBorder padding="sm">
          {editing === m.id ? (
            <OwnMeetingForm
              token={token}
              diary={diary}
              meeting={m}
              onDone={(message) => {
                setEditing(null);
                onSaved(message);
              }}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Text size="sm">
                  {formatDate(m.date)} · {t(`diary.kinds.${m.kind}`)}
                </Text>
                <Badge variant="light" color={m.held ? 'green' : 'gray'} style={{ flexShrink: 0 }}>
                  {m.held ? t('diary.held') : t('diary.planned')}
                </Badge>
              </Group>
              <MeetingSummary meeting={m} />
              {m.editable && (
                <Button
                  variant="subtle"
                  size="xs"
                  aria-label={`${t('diary.editOwn')}: ${m.topic}`}
                  onClick={() => setEditing(m.id)}
                >
                  {t('diary.editOwn')}
                </Button>
              )}
            </Stack>
          )}
        </Card>
      ))}
    </Stack>
  );
}
