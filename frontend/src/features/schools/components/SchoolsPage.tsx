import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ExportMenu } from '../../../components/ui/ExportMenu';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Pager } from '../../../components/ui/Pager';
import { SortableTh } from '../../../components/ui/SortableTh';
import { canManageSchools, type Me } from '../../me/api';
import { useAllMunicipalities } from '../../municipalities/api';
import { exportSchools, SCHOOL_KINDS, useSchools, type SchoolKind } from '../api';
import { useListControls } from '../../../lib/useListControls';

type Status = 'active' | 'archived' | 'all';

export function SchoolsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [municipalityId, setMunicipalityId] = useState<string | null>(null);
  const [kind, setKind] = useState<SchoolKind | null>(null);
  const [status, setStatus] = useState<Status>('active');
  const { page, size, sort, setSort, filter: resetPage, pager } = useListControls('shortName,asc');
  const municipalities = useAllMunicipalities();
  const schools = useSchools({
    q: q || undefined,
    municipalityId: municipalityId ?? undefined,
    kind: kind ?? undefined,
    status,
    page,
    size,
    sort,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('schools.title')}</Title>
        <Group>
          <ExportMenu
            onExport={(format) =>
              exportSchools(
                {
                  q: q || undefined,
                  municipalityId: municipalityId ?? undefined,
                  kind: kind ?? undefined,
                  status,
                  sort,
                },
                format,
              )
            }
          />
          {canManageSchools(me) && (
            <Button component={Link} to="/schools/new">
              {t('schools.add')}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('schools.searchPlaceholder')}
          value={search}
          onChange={(e) => resetPage(setSearch)(e.currentTarget.value)}
          w={280}
        />
        {me.role !== 'school' && me.role !== 'municipal' && (
          <Select
            label={t('schools.fields.municipality')}
            placeholder={t('schools.allMunicipalities')}
            data={(municipalities.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
            value={municipalityId}
            onChange={resetPage(setMunicipalityId)}
            clearable
            searchable
            w={280}
          />
        )}
        <Select
          label={t('schools.fields.kind')}
          placeholder={t('schools.allKinds')}
          data={SCHOOL_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          value={kind}
          onChange={(v) => resetPage(setKind)(v as SchoolKind | null)}
          clearable
          w={240}
        />
        <Select
          label={t('schools.status')}
          data={[
            { value: 'active', label: t('schools.statusActive') },
            { value: 'archived', label: t('schools.statusArchived') },
            { value: 'all', label: t('schools.statusAll') },
          ]}
          value={status}
          onChange={(v) => v && resetPage(setStatus)(v as Status)}
          allowDeselect={false}
          w={160}
        />
      </Group>
      <ErrorAlert error={schools.error} />
      <Paper withBorder>
        <Table striped highlightOnHover aria-label={t('schools.title')}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="shortName" sort={sort} onSort={setSort}>
                {t('schools.fields.shortName')}
              </SortableTh>
              <SortableTh field="municipalityName" sort={sort} onSort={setSort}>
                {t('schools.fields.municipality')}
              </SortableTh>
              <SortableTh field="kind" sort={sort} onSort={setSort}>
                {t('schools.fields.kind')}
              </SortableTh>
              <SortableTh field="inn" sort={sort} onSort={setSort}>
                {t('schools.fields.inn')}
              </SortableTh>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schools.isPending &&
              [0, 1, 2].map((i) => (
                <Table.Tr key={i}>
                  <Table.Td colSpan={4}>
                    <Skeleton height={20} />
                  </Table.Td>
                </Table.Tr>
              ))}
            {schools.data?.items.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/schools/${s.id}`}>
                    {s.shortName}
                  </Anchor>{' '}
                  {s.archived && <Badge color="gray">{t('schools.archived')}</Badge>}
                </Table.Td>
                <Table.Td>{s.municipalityName}</Table.Td>
                <Table.Td>{t(`kinds.${s.kind}`)}</Table.Td>
                <Table.Td>{s.inn}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {schools.data && schools.data.items.length === 0 && <EmptyState>{t('schools.empty')}</EmptyState>}
      </Paper>
      {schools.data && <Pager total={schools.data.total} {...pager} />}
    </Stack>
  );
}
