import {
  ActionIcon,
  Badge,
  Button,
  FileInput,
  Group,
  MultiSelect,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { EmptyState } from '../../../components/ui/EmptyState';
import { ApiError, describeError } from '../../../lib/api/problem';
import {
  downloadAttachment,
  formatSize,
  useDeleteAttachment,
  useUploadAttachment,
  type BestPractice,
  type PracticeAttachment,
} from '../api';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png';

/** The practice's materials: who is in each, whether it is published, and an upload with its progress. */
export function PracticeAttachments({ schoolId, practice }: { schoolId: string; practice: BestPractice }) {
  const { t } = useTranslation();
  const remove = useDeleteAttachment(schoolId, practice.id);
  const editable = practice.allowedActions.includes('EDIT');
  const names = new Map(practice.participants.map((p) => [p.participantId, p.fullName]));
  const onError = (error: unknown) => notifications.show({ color: 'red', message: describeError(error) });
  const onDelete = (a: PracticeAttachment) =>
    confirmAction(t('recognition.attachments.deleteConfirm', { name: a.fileName }), t('common.delete'), () =>
      remove.mutate(a.id, { onError }),
    );
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3}>{t('recognition.attachments.title')}</Title>
        <Text size="sm">
          {t('recognition.attachments.hint', {
            file: formatSize(practice.limits.maxFileSize),
            total: formatSize(practice.limits.maxTotalSize),
            used: formatSize(practice.attachmentsSize),
          })}
        </Text>
        {practice.attachments.length === 0 ? (
          <EmptyState>{t('recognition.attachments.empty')}</EmptyState>
        ) : (
          <Table aria-label={t('recognition.attachments.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('recognition.attachments.file')}</Table.Th>
                <Table.Th>{t('recognition.attachments.people')}</Table.Th>
                <Table.Th>{t('recognition.attachments.size')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {practice.attachments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Text size="sm">{a.fileName}</Text>
                    {a.caption && (
                      <Text size="xs" c="dimmed">
                        {a.caption}
                      </Text>
                    )}
                    <Badge size="xs" variant="light" color={a.published ? 'green' : 'gray'}>
                      {t(
                        a.published ? 'recognition.attachments.published' : 'recognition.attachments.hidden',
                      )}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{a.people.map((id) => names.get(id) ?? id).join(', ') || '—'}</Table.Td>
                  <Table.Td>{formatSize(a.size)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('recognition.attachments.download', { name: a.fileName })}
                        onClick={() => void downloadAttachment(schoolId, practice.id, a).catch(onError)}
                      >
                        ↓
                      </ActionIcon>
                      {editable && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('recognition.attachments.delete', { name: a.fileName })}
                          onClick={() => onDelete(a)}
                        >
                          ✕
                        </ActionIcon>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {editable && <UploadForm schoolId={schoolId} practice={practice} />}
      </Stack>
    </Paper>
  );
}

function UploadForm({ schoolId, practice }: { schoolId: string; practice: BestPractice }) {
  const { t } = useTranslation();
  const upload = useUploadAttachment(schoolId, practice.id);
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [people, setPeople] = useState<string[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    if (!file) {
      setError(t('recognition.attachments.choose'));
      return;
    }
    if (file.size > practice.limits.maxFileSize) {
      setError(t('recognition.attachments.tooLarge', { limit: formatSize(practice.limits.maxFileSize) }));
      return;
    }
    setError(null);
    setProgress(0);
    try {
      await upload.mutateAsync({
        file,
        caption: caption.trim() || undefined,
        people,
        onProgress: setProgress,
      });
      notifications.show({ color: 'green', message: t('recognition.attachments.uploaded') });
      setFile(null);
      setCaption('');
      setPeople([]);
    } catch (e) {
      setError(e instanceof ApiError ? (e.problem.detail ?? e.problem.title) : describeError(e));
    } finally {
      setProgress(null);
    }
  };
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <FileInput
          label={t('recognition.attachments.file')}
          placeholder={t('recognition.attachments.choose')}
          accept={ACCEPT}
          value={file}
          onChange={(f) => {
            setFile(f);
            setError(null);
          }}
          clearable
          error={error}
        />
        <TextInput
          label={t('recognition.attachments.caption')}
          description={t('recognition.attachments.captionHint')}
          value={caption}
          onChange={(e) => setCaption(e.currentTarget.value)}
          maxLength={200}
        />
        <MultiSelect
          label={t('recognition.attachments.people')}
          description={t('recognition.attachments.peopleHint')}
          data={practice.participants.map((p) => ({ value: p.participantId, label: p.fullName }))}
          value={people}
          onChange={setPeople}
        />
      </SimpleGrid>
      {progress !== null && (
        <Stack gap={2}>
          <Progress
            value={progress * 100}
            aria-label={t('recognition.attachments.uploading', { percent: Math.round(progress * 100) })}
          />
          <Text size="xs">
            {t('recognition.attachments.uploading', { percent: Math.round(progress * 100) })}
          </Text>
        </Stack>
      )}
      <Group>
        <Button onClick={() => void send()} loading={upload.isPending}>
          {t('recognition.attachments.upload')}
        </Button>
      </Group>
    </Stack>
  );
}
