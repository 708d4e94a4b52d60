import { Anchor, Group, Paper, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { Pager } from '../../../components/ui/Pager';
import { SortableTh } from '../../../components/ui/SortableTh';
import { formatDate } from '../../../lib/dates';
import { useListControls } from '../../../lib/useListControls';
import { useAllMunicipalities } from '../../municipalities/api';
import { useSchools } from '../../schools/api';
import { publishedListQuery, scopeStatuses, type BestPracticeStatus, type PracticeScope } from '../api';
import { PracticeStatusBadge } from './PracticeStatusBadge';

/**
 * The municipal coordinator's list of the schools' practices to review and the municipal bank, or the region's
 * bank, where the recommended ones come first.
 */
export function PublishedPracticesPage({ scope }: { scope: PracticeScope }) {
  const { t } = useTranslation();
  const municipal = scope.kind === 'municipality';
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<BestPracticeStatus | null>(municipal ? null : 'RECOMMENDED');
  const [place, setPlace] = useState<string | null>(null);
  const { page, size, sort, setSort, filter, pager } = useListControls(
    municipal ? 'submittedAt,desc' : 'recommendedAt,desc',
  );
  const list = useQuery(
    publishedListQuery(scope, {
      q: q || undefined,
      status: status ?? undefined,
      schoolId: municipal ? (place ?? undefined) : undefined,
      municipalityId: municipal ? undefined : (place ?? undefined),
      page,
      size,
      sort,
    }),
  );
  const schools = useSchools({
    municipalityId: municipal ? scope.id : undefined,
    page: 0,
    size: 100,
    sort: 'shortName,asc',
  });
  const municipalities = useAllMunicipalities();
  const places = municipal
    ? (schools.data?.items ?? []).map((s) => ({ value: s.id, label: s.shortName }))
    : (municipalities.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }));
  const title = t(municipal ? 'recognition.review.title' : 'recognition.review.bankTitle');
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('recognition.review.searchPlaceholder')}
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={280}
        />
        <Select
          label={t('recognition.practices.fields.status')}
          placeholder={t('recognition.review.allStatuses')}
          data={scopeStatuses(scope).map((s) => ({ value: s, label: t(`recognition.status.${s}`) }))}
          value={status}
          onChange={(v) => filter(setStatus)(v as BestPracticeStatus | null)}
          clearable
          w={240}
        />
        <Select
          label={t(
            municipal ? 'recognition.practices.fields.school' : 'recognition.practices.fields.municipality',
          )}
          placeholder={t(
            municipal ? 'recognition.review.allSchools' : 'recognition.review.allMunicipalities',
          )}
          data={places}
          value={place}
          onChange={filter(setPlace)}
          searchable
          clearable
          w={280}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <Table striped highlightOnHover aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="title" sort={sort} onSort={setSort}>
                {t('recognition.practices.fields.title')}
              </SortableTh>
              <SortableTh field="school" sort={sort} onSort={setSort}>
                {t('recognition.practices.fields.school')}
              </SortableTh>
              <Table.Th>{t('recognition.practices.fields.form')}</Table.Th>
              <SortableTh field="status" sort={sort} onSort={setSort}>
                {t('recognition.practices.fields.status')}
              </SortableTh>
              <SortableTh field="submittedAt" sort={sort} onSort={setSort}>
                {t('recognition.practices.fields.submittedAt')}
              </SortableTh>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow columns={5} />}
            {list.data?.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/best-practices/${p.id}`}>
                    {p.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {p.schoolName}
                  {!municipal && ` · ${p.municipalityName}`}
                </Table.Td>
                <Table.Td>{t(`forms.${p.form}`)}</Table.Td>
                <Table.Td>
                  <PracticeStatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>{formatDate(p.submittedAt) ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && (
          <EmptyState>{t('recognition.review.empty')}</EmptyState>
        )}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
    </Stack>
  );
}
