import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { ExportMenu } from '../../../components/ui/ExportMenu';
import { Pager } from '../../../components/ui/Pager';
import { RowActions } from '../../../components/ui/RowActions';
import type { Schemas } from '../../../lib/api/client';
import { formatDate } from '../../../lib/dates';
import { useListControls } from '../../../lib/useListControls';
import {
  exportDiary,
  MEETING_KINDS,
  useDeleteMeeting,
  useMeetings,
  type Meeting,
  type MeetingKind,
} from '../api';
import { DiaryLinks } from './DiaryLinks';
import { MeetingDialog } from './MeetingDialog';
import { MeetingSummary } from './MeetingSummary';

type Mentorship = Schemas['Mentorship'];

/** The pair's diary on its page: the meetings, who recorded them, the mentor's link and the monthly file. */
export function DiarySection({ schoolId, mentorship }: { schoolId: string; mentorship: Mentorship }) {
  const { t } = useTranslation();
  if (mentorship.status === 'PROPOSED') {
    return (
      <Paper withBorder p="md">
        <Stack>
          <Title order={2}>{t('diary.title')}</Title>
          <Text c="dimmed">{t('diary.notOpen')}</Text>
        </Stack>
      </Paper>
    );
  }
  return <Diary schoolId={schoolId} mentorship={mentorship} />;
}

function Diary({ schoolId, mentorship: m }: { schoolId: string; mentorship: Mentorship }) {
  const { t } = useTranslation();
  const open = m.status === 'APPROVED' || m.status === 'ACTIVE';
  const list = useListControls('', 10);
  const [kind, setKind] = useState<MeetingKind | undefined>();
  const [month, setMonth] = useState('');
  const meetings = useMeetings(schoolId, m.id, {
    kind,
    month: month || undefined,
    page: list.page,
    size: list.size,
  });
  const remove = useDeleteMeeting(schoolId, m.id);
  const [editing, setEditing] = useState<Meeting | undefined>();
  const [dialogOpened, dialog] = useDisclosure(false);
  const startEditing = (meeting?: Meeting) => {
    setEditing(meeting);
    dialog.open();
  };
  const rows = meetings.data?.items ?? [];

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2}>{t('diary.title')}</Title>
            <Text size="sm" c="dimmed" maw={640}>
              {open ? t('diary.intro') : t('diary.readOnly')}
            </Text>
          </Stack>
          <Group>
            {open && <Button onClick={() => startEditing()}>{t('diary.add')}</Button>}
            <ExportMenu onExport={(format) => exportDiary(schoolId, m.id, month || undefined, format)} />
          </Group>
        </Group>
        {m.status === 'APPROVED' && <Text size="sm">{t('diary.notStarted')}</Text>}
        <Group align="flex-end">
          <Select
            label={t('diary.filterKind')}
            placeholder={t('diary.allKinds')}
            data={MEETING_KINDS.map((k) => ({ value: k, label: t(`diary.kinds.${k}`) }))}
            value={kind ?? null}
            onChange={list.filter((v: string | null) => setKind((v as MeetingKind | null) ?? undefined))}
            clearable
            w={220}
          />
          <TextInput
            type="month"
            label={t('diary.month')}
            value={month}
            onChange={(e) => list.filter(setMonth)(e.currentTarget.value)}
            w={200}
          />
        </Group>
        <ErrorAlert error={meetings.error} />
        {meetings.data && rows.length === 0 && <EmptyState>{t('diary.empty')}</EmptyState>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label={t('diary.title')} verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('diary.fields.date')}</Table.Th>
                  <Table.Th>{t('diary.fields.kind')}</Table.Th>
                  <Table.Th>{t('diary.fields.topic')}</Table.Th>
                  <Table.Th>{t('diary.fields.recordedBy')}</Table.Th>
                  {open && <Table.Th>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((meeting) => (
                  <Table.Tr key={meeting.id}>
                    <Table.Td>
                      {formatDate(meeting.date)}
                      {meeting.startsAt && (
                        <Text size="sm" c="dimmed">
                          {meeting.startsAt.slice(0, 5)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        <span>{t(`diary.kinds.${meeting.kind}`)}</span>
                        <Badge variant="light" color={meeting.held ? 'green' : 'gray'}>
                          {meeting.held ? t('diary.held') : t('diary.planned')}
                        </Badge>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <MeetingSummary meeting={meeting} />
                    </Table.Td>
                    <Table.Td>
                      {t('diary.recordedBy', {
                        name: meeting.recordedBy,
                        via: t(`diary.recordedVia.${meeting.recordedVia}`),
                      })}
                    </Table.Td>
                    {open && (
                      <RowActions
                        onEdit={() => startEditing(meeting)}
                        deleteQuestion={t('diary.deleteConfirm', {
                          topic: meeting.topic,
                          date: formatDate(meeting.date),
                        })}
                        onDelete={({ onError }) =>
                          remove.mutate(meeting, {
                            onError,
                            onSuccess: () =>
                              notifications.show({ color: 'green', message: t('diary.deleted') }),
                          })
                        }
                      />
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {meetings.data && meetings.data.total > list.size && (
          <Pager total={meetings.data.total} {...list.pager} />
        )}
        {open && <DiaryLinks schoolId={schoolId} mentorshipId={m.id} />}
      </Stack>
      <MeetingDialog
        schoolId={schoolId}
        mentorshipId={m.id}
        mentees={m.mentees}
        startedOn={m.startedOn}
        meeting={editing}
        opened={dialogOpened}
        onClose={dialog.close}
      />
    </Paper>
  );
}
