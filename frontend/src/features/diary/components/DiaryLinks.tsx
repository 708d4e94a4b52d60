import { Alert, Badge, Button, Group, Modal, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { ShownOnceLink } from '../../../components/ui/ShownOnceLink';
import { ApiError, describeError } from '../../../lib/api/problem';
import { useCreateDiaryLink, useDiaryLinks, useRevokeDiaryLink, type DiaryLink } from '../api';

const STATUS_COLORS: Record<DiaryLink['status'], string> = {
  ACTIVE: 'green',
  REVOKED: 'gray',
  EXPIRED: 'orange',
};

function formatDateTime(iso: string | undefined): string | undefined {
  return iso && new Date(iso).toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short' });
}

/** The mentor's personal link to the diary: sent once with its address, seen afterwards without it, revocable. */
export function DiaryLinks({ schoolId, mentorshipId }: { schoolId: string; mentorshipId: string }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const links = useDiaryLinks(schoolId, mentorshipId);
  const revoke = useRevokeDiaryLink(schoolId, mentorshipId);
  const rows = links.data ?? [];
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('diary.links.list')}</Title>
        <Button variant="light" onClick={modal.open}>
          {t('diary.links.send')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('diary.links.hint')}
      </Text>
      <ErrorAlert error={links.error} />
      {rows.length > 0 && (
        <Table aria-label={t('diary.links.list')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('diary.links.createdAt')}</Table.Th>
              <Table.Th>{t('diary.links.expiresAt')}</Table.Th>
              <Table.Th>{t('diary.links.lastUsedAt')}</Table.Th>
              <Table.Th>{t('diary.links.status')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>{formatDateTime(l.createdAt)}</Table.Td>
                <Table.Td>{formatDateTime(l.expiresAt)}</Table.Td>
                <Table.Td>{formatDateTime(l.lastUsedAt) ?? t('diary.links.never')}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[l.status]} variant="light">
                    {t(`diary.links.statuses.${l.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {l.status === 'ACTIVE' && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        confirmAction(t('diary.links.revokeConfirm'), t('diary.links.revoke'), () =>
                          revoke.mutate(l.id, {
                            onSuccess: () =>
                              notifications.show({ color: 'green', message: t('diary.links.revoked') }),
                            onError: (e) => notifications.show({ color: 'red', message: describeError(e) }),
                          }),
                        )
                      }
                    >
                      {t('diary.links.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={opened} onClose={modal.close} title={t('diary.links.title')} size="lg">
        {opened && <SendLink schoolId={schoolId} mentorshipId={mentorshipId} />}
      </Modal>
    </Stack>
  );
}

function SendLink({ schoolId, mentorshipId }: { schoolId: string; mentorshipId: string }) {
  const { t } = useTranslation();
  const create = useCreateDiaryLink(schoolId, mentorshipId);
  const [validDays, setValidDays] = useState<number | string>('');
  const [error, setError] = useState<string | null>(null);
  const created = create.data;
  if (created?.url) {
    return (
      <ShownOnceLink
        title={t('diary.links.created')}
        notice={t('diary.links.once', { date: formatDateTime(created.expiresAt) })}
        label={t('diary.links.address')}
        url={created.url}
        copyLabel={t('diary.links.copy')}
        copiedLabel={t('diary.links.copied')}
      />
    );
  }
  const onCreate = async () => {
    setError(null);
    try {
      await create.mutateAsync({ validDays: Number(validDays) || undefined });
    } catch (e) {
      const fields = e instanceof ApiError ? e.fieldErrors() : {};
      setError(Object.values(fields)[0] ?? describeError(e));
    }
  };
  return (
    <Stack>
      <Text size="sm">{t('diary.links.hint')}</Text>
      <NumberInput
        label={t('diary.links.validDays')}
        description={t('diary.links.validDaysHint')}
        min={1}
        allowDecimal={false}
        value={validDays}
        onChange={setValidDays}
      />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Button onClick={onCreate} loading={create.isPending}>
        {t('diary.links.create')}
      </Button>
    </Stack>
  );
}
