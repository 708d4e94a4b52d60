import { Button, Group, Modal, Paper, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { RowActions } from '../../../components/ui/RowActions';
import { Pager } from '../../../components/ui/Pager';
import { SortableTh } from '../../../components/ui/SortableTh';
import { showSaveError } from '../../../lib/forms';
import { useEditor } from '../../../lib/useEditor';
import type { Me } from '../../me/api';
import { useDeleteMunicipality, useMunicipalities, useSaveMunicipality, type Municipality } from '../api';
import { useListControls } from '../../../lib/useListControls';

export function MunicipalitiesPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const { page, setPage, size, sort, setSort, pager } = useListControls('name,asc');
  const list = useMunicipalities({ q: q || undefined, page, size, sort });
  const remove = useDeleteMunicipality();
  const editor = useEditor<Municipality>();
  const manage = me.role === 'regional';

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('municipalities.title')}</Title>
        {manage && <Button onClick={() => editor.start(null)}>{t('municipalities.add')}</Button>}
      </Group>
      <TextInput
        label={t('common.search')}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setPage(0);
        }}
        w={280}
      />
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <Table striped aria-label={t('municipalities.title')}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="name" sort={sort} onSort={setSort}>
                {t('municipalities.fields.name')}
              </SortableTh>
              <SortableTh field="oktmo" sort={sort} onSort={setSort}>
                {t('municipalities.fields.oktmo')}
              </SortableTh>
              <Table.Th>{t('municipalities.fields.schoolCount')}</Table.Th>
              {manage && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{m.oktmo}</Table.Td>
                <Table.Td>{m.schoolCount}</Table.Td>
                {manage && (
                  <RowActions
                    onEdit={() => editor.start(m)}
                    deleteQuestion={t('municipalities.deleteConfirm', { name: m.name })}
                    onDelete={(callbacks) => remove.mutate(m.id, callbacks)}
                  />
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && <EmptyState>{t('municipalities.empty')}</EmptyState>}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
      <Modal
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing ? editor.editing.name : t('municipalities.add')}
      >
        {editor.opened && <MunicipalityForm existing={editor.editing} onDone={editor.close} />}
      </Modal>
    </Stack>
  );
}

function MunicipalityForm({ existing, onDone }: { existing: Municipality | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveMunicipality();
  const form = useForm({ initialValues: { name: existing?.name ?? '', oktmo: existing?.oktmo ?? '' } });
  const submit = form.onSubmit(async (v) => {
    try {
      await save.mutateAsync({
        id: existing?.id,
        body: { name: v.name.trim(), oktmo: v.oktmo.trim(), version: existing?.version },
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
        <TextInput label={t('municipalities.fields.name')} withAsterisk {...form.getInputProps('name')} />
        <TextInput label={t('municipalities.fields.oktmo')} withAsterisk {...form.getInputProps('oktmo')} />
        <Button type="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
