import { Button, Group, Loader, Modal, Paper, Stack, Table, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { RowActions } from '../../../components/ui/RowActions';
import { formatDate } from '../../../lib/dates';
import { useEditor } from '../../../lib/useEditor';
import { useCurators, useDeleteCurator, type Curator } from '../api';

// The form is fetched when it is opened: the school's page is the curator's first page after login.
const CuratorForm = lazy(() => import('./CuratorForm'));

export function CuratorsSection({ schoolId, editable }: { schoolId: string; editable: boolean }) {
  const { t } = useTranslation();
  const curators = useCurators(schoolId);
  const remove = useDeleteCurator(schoolId);
  const editor = useEditor<Curator>();
  const rows = curators.data ?? [];

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2}>{t('curators.title')}</Title>
          {editable && <Button onClick={() => editor.start(null)}>{t('curators.add')}</Button>}
        </Group>
        <ErrorAlert error={curators.error} />
        {curators.data && rows.length === 0 && <EmptyState>{t('curators.empty')}</EmptyState>}
        {rows.length > 0 && (
          <Table aria-label={t('curators.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('curators.fields.fullName')}</Table.Th>
                <Table.Th>{t('curators.fields.position')}</Table.Th>
                <Table.Th>{t('curators.fields.email')}</Table.Th>
                <Table.Th>{t('curators.fields.phone')}</Table.Th>
                <Table.Th>{t('curators.fields.orderNumber')}</Table.Th>
                {editable && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.fullName}</Table.Td>
                  <Table.Td>{c.position}</Table.Td>
                  <Table.Td>{c.email ?? '—'}</Table.Td>
                  <Table.Td>{c.phone ?? '—'}</Table.Td>
                  <Table.Td>
                    № {c.orderNumber} от {formatDate(c.orderDate)}
                  </Table.Td>
                  {editable && (
                    <RowActions
                      onEdit={() => editor.start(c)}
                      deleteQuestion={t('curators.deleteConfirm', { name: c.fullName })}
                      onDelete={(callbacks) => remove.mutate(c.id, callbacks)}
                    />
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing ? editor.editing.fullName : t('curators.add')}
      >
        {editor.opened && (
          <Suspense fallback={<Loader />}>
            <CuratorForm schoolId={schoolId} existing={editor.editing} onDone={editor.close} />
          </Suspense>
        )}
      </Modal>
    </Paper>
  );
}
