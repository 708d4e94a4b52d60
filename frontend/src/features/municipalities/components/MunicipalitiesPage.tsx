import { Button, Group, Modal, Paper, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Pager } from '../../../components/ui/Pager';
import { SortableTh } from '../../../components/ui/SortableTh';
import { describeError } from '../../../lib/api/problem';
import { showSaveError } from '../../../lib/forms';
import type { Me } from '../../me/api';
import { useDeleteMunicipality, useMunicipalities, useSaveMunicipality, type Municipality } from '../api';

export function MunicipalitiesPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(20);
  const [sort, setSort] = useState('name,asc');
  const list = useMunicipalities({ q: q || undefined, page, size, sort });
  const remove = useDeleteMunicipality();
  const [editing, setEditing] = useState<Municipality | null>(null);
  const [opened, { open, close }] = useDisclosure(false);
  const manage = me.role === 'regional';
  const startEdit = (m: Municipality | null) => {
    setEditing(m);
    open();
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('municipalities.title')}</Title>
        {manage && <Button onClick={() => startEdit(null)}>{t('municipalities.add')}</Button>}
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
                  <Table.Td>
                    <Group gap="xs">
                      <Button size="xs" variant="subtle" onClick={() => startEdit(m)}>
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() =>
                          confirmAction(
                            t('municipalities.deleteConfirm', { name: m.name }),
                            t('common.delete'),
                            () =>
                              remove.mutate(m.id, {
                                onError: (e) =>
                                  notifications.show({ color: 'red', message: describeError(e) }),
                              }),
                          )
                        }
                      >
                        {t('common.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && <EmptyState>{t('municipalities.empty')}</EmptyState>}
      </Paper>
      {list.data && (
        <Pager
          total={list.data.total}
          page={page}
          size={size}
          onPage={setPage}
          onSize={(s) => {
            setSize(s);
            setPage(0);
          }}
        />
      )}
      <Modal opened={opened} onClose={close} title={editing ? editing.name : t('municipalities.add')}>
        {opened && <MunicipalityForm existing={editing} onDone={close} />}
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
