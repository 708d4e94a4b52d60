import { Button, Group, Modal, Paper, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { RowActions } from '../../../components/ui/RowActions';
import { formatDate } from '../../../lib/dates';
import { blankToUndefined, showSaveError } from '../../../lib/forms';
import { useEditor } from '../../../lib/useEditor';
import { useCurators, useDeleteCurator, useSaveCurator, type Curator } from '../api';

const TEXT_FIELDS = ['fullName', 'position', 'email', 'phone', 'orderNumber', 'username'] as const;

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
          <Title order={3}>{t('curators.title')}</Title>
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
        {editor.opened && <CuratorForm schoolId={schoolId} existing={editor.editing} onDone={editor.close} />}
      </Modal>
    </Paper>
  );
}

type Values = Record<(typeof TEXT_FIELDS)[number] | 'orderDate', string>;

function CuratorForm({
  schoolId,
  existing,
  onDone,
}: {
  schoolId: string;
  existing: Curator | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveCurator(schoolId);
  const form = useForm<Values>({
    initialValues: {
      fullName: existing?.fullName ?? '',
      position: existing?.position ?? '',
      email: existing?.email ?? '',
      phone: existing?.phone ?? '',
      orderNumber: existing?.orderNumber ?? '',
      orderDate: existing?.orderDate ?? '',
      username: existing?.username ?? '',
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await save.mutateAsync({
        id: existing?.id,
        body: {
          fullName: v.fullName.trim(),
          position: v.position.trim(),
          email: blankToUndefined(v.email),
          phone: blankToUndefined(v.phone),
          orderNumber: v.orderNumber.trim(),
          orderDate: blankToUndefined(v.orderDate) as string,
          username: blankToUndefined(v.username),
          version: existing?.version,
        },
      });
      notifications.show({ color: 'green', message: t('common.saved') });
      onDone();
    } catch (error) {
      showSaveError(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {TEXT_FIELDS.map((f) => (
          <TextInput
            key={f}
            label={t(`curators.fields.${f}`)}
            withAsterisk={f === 'fullName' || f === 'position' || f === 'orderNumber'}
            {...form.getInputProps(f)}
          />
        ))}
        <TextInput
          type="date"
          label={t('curators.fields.orderDate')}
          withAsterisk
          {...form.getInputProps('orderDate')}
        />
        <Button type="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
