import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Pager } from '../../../components/ui/Pager';
import { describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import { useDeleteExclusion, useExclusions, type MatchScope } from '../api';
import { PersonCell } from './PersonCell';
import { useListControls } from '../../../lib/useListControls';

/** Pairs set aside ("и не предлагать снова"); the curator may let the run propose them again. */
export function ExclusionsSection({ scope }: { scope: MatchScope }) {
  const { t } = useTranslation();
  const { page, size, pager } = useListControls('', 10);
  const list = useExclusions(scope, page, size);
  const remove = useDeleteExclusion(scope);
  const municipal = scope.kind === 'municipality';
  return (
    <Stack>
      <Title order={2}>{t('matching.exclusions')}</Title>
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <Table aria-label={t('matching.exclusions')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('matching.mentor')}</Table.Th>
              <Table.Th>{t('matching.mentee')}</Table.Th>
              <Table.Th>{t('matching.reason')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.items.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <PersonCell person={e.mentor} withSchool={municipal} />
                </Table.Td>
                <Table.Td>
                  <PersonCell person={e.mentee} withSchool={municipal} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.reason ?? '—'}</Text>
                  <Text size="xs" c="dimmed">
                    {e.createdBy}, {formatDate(e.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() =>
                      confirmAction(
                        t('matching.exclusionDeleteConfirm', {
                          mentor: e.mentor.fullName,
                          mentee: e.mentee.fullName,
                        }),
                        t('matching.exclusionDelete'),
                        () =>
                          remove
                            .mutateAsync(e.id)
                            .then(() => notifications.show({ message: t('matching.exclusionDeleted') }))
                            .catch((error) =>
                              notifications.show({ color: 'red', message: describeError(error) }),
                            ),
                      )
                    }
                  >
                    {t('matching.exclusionDelete')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && (
          <EmptyState>{t('matching.exclusionsEmpty')}</EmptyState>
        )}
      </Paper>
      {list.data && list.data.total > size && <Pager total={list.data.total} {...pager} />}
    </Stack>
  );
}
