import {
  Anchor,
  Button,
  Code,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueries } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { Pager } from '../../../components/ui/Pager';
import { SortableTh } from '../../../components/ui/SortableTh';
import { describeError } from '../../../lib/api/problem';
import { useListControls } from '../../../lib/useListControls';
import { participantQuery, useParticipants } from '../../participants/api';
import {
  AUDIT_CATEGORIES,
  exportAudit,
  useAudit,
  type AuditAction,
  type AuditCategory,
  type AuditEvent,
  type AuditFilter,
  type AuditScope,
} from '../api';
import audit from '../../../locales/ru/audit';

const ACTIONS = Object.keys(audit.audit.actions) as AuditAction[];

const INTRO = {
  SCHOOL: 'audit.intro',
  MUNICIPALITY: 'audit.introMunicipality',
  REGION: 'audit.introRegion',
} as const;

/**
 * The audit trail of the user's level, newest first: who did what, when, to which object and, in a school, to whom,
 * with the names of the personal fields changed. Filters go to the server, and the export takes the same ones.
 */
export function AuditPage({ scope }: { scope: AuditScope }) {
  const { t } = useTranslation();
  const school = scope.level === 'SCHOOL';
  const [person, setPerson] = useState<string | null>(null);
  const [action, setAction] = useState<AuditAction | null>(null);
  const [category, setCategory] = useState<AuditCategory | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [exporting, setExporting] = useState(false);
  const { page, size, sort, setSort, filter, pager } = useListControls('at,desc');
  const query: AuditFilter = {
    person: person ?? undefined,
    action: action ?? undefined,
    category: category ?? undefined,
    from: from || undefined,
    to: to || undefined,
    sort,
  };
  const list = useAudit(scope, query, page, size);

  const download = async () => {
    setExporting(true);
    try {
      await exportAudit(scope, query);
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.exportFailed'), message: describeError(error) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('audit.title')}</Title>
        <Button variant="default" onClick={() => void download()} loading={exporting}>
          {t('audit.export')}
        </Button>
      </Group>
      <Text size="sm">{t(INTRO[scope.level])}</Text>
      <Group align="flex-end">
        {school && <PersonFilter schoolId={scope.id} value={person} onChange={filter(setPerson)} />}
        <Select
          label={t('audit.filters.category')}
          placeholder={t('audit.filters.categoryPlaceholder')}
          data={AUDIT_CATEGORIES.map((c) => ({ value: c, label: t(`audit.categories.${c}`) }))}
          value={category}
          onChange={(v) => filter(setCategory)(v as AuditCategory | null)}
          clearable
          w={220}
        />
        <Select
          label={t('audit.filters.action')}
          placeholder={t('audit.filters.actionPlaceholder')}
          data={ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
          value={action}
          onChange={(v) => filter(setAction)(v as AuditAction | null)}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          w={340}
        />
        <TextInput
          type="date"
          label={t('audit.filters.from')}
          value={from}
          onChange={(e) => filter(setFrom)(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('audit.filters.to')}
          value={to}
          onChange={(e) => filter(setTo)(e.currentTarget.value)}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <AuditTable
          scope={scope}
          events={list.data?.items}
          loading={list.isPending}
          sort={sort}
          onSort={setSort}
        />
        {list.data && list.data.items.length === 0 && <EmptyState>{t('audit.empty')}</EmptyState>}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
    </Stack>
  );
}

/** A school's participants to pick from, found by name on the server. */
function PersonFilter({
  schoolId,
  value,
  onChange,
}: {
  schoolId: string;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const candidates = useParticipants(schoolId, {
    q: q || undefined,
    page: 0,
    size: 50,
    sort: 'fullName,asc',
  });
  const options = new Map((candidates.data?.items ?? []).map((p) => [p.id, p.fullName]));
  if (chosen) {
    options.set(chosen.value, chosen.label);
  }
  return (
    <Select
      label={t('audit.filters.person')}
      placeholder={t('audit.filters.personPlaceholder')}
      data={[...options].map(([id, label]) => ({ value: id, label }))}
      value={value}
      onChange={(v) => {
        setChosen(v ? { value: v, label: options.get(v) ?? '' } : null);
        onChange(v);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      clearable
      nothingFoundMessage={t('common.nothingFound')}
      w={280}
    />
  );
}

function AuditTable({
  scope,
  events,
  loading,
  sort,
  onSort,
}: {
  scope: AuditScope;
  events: AuditEvent[] | undefined;
  loading: boolean;
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const school = scope.level === 'SCHOOL';
  // Entries name a participant by id; the school's own users read the names (a deleted one is said to be so).
  const ids = school
    ? [...new Set((events ?? []).flatMap((e) => (e.participantId ? [e.participantId] : [])))]
    : [];
  const people = useQueries({
    queries: ids.map((id) => ({ ...participantQuery(scope.id, id), retry: false, staleTime: 60_000 })),
  });
  const names = new Map(ids.map((id, i) => [id, people[i]]));
  const columns = school ? 6 : 5;
  return (
    <Table striped aria-label={t('audit.title')}>
      <Table.Thead>
        <Table.Tr>
          <SortableTh field="at" sort={sort} onSort={onSort}>
            {t('audit.columns.at')}
          </SortableTh>
          <SortableTh field="actorName" sort={sort} onSort={onSort}>
            {t('audit.columns.actor')}
          </SortableTh>
          <SortableTh field="action" sort={sort} onSort={onSort}>
            {t('audit.columns.action')}
          </SortableTh>
          <Table.Th>{t('audit.columns.object')}</Table.Th>
          {school && <Table.Th>{t('audit.columns.person')}</Table.Th>}
          <Table.Th>{t('audit.columns.fields')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {loading && <LoadingRow columns={columns} />}
        {events?.map((e) => {
          const person = e.participantId ? names.get(e.participantId) : undefined;
          return (
            <Table.Tr key={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {dayjs(e.at).format('DD.MM.YYYY HH:mm:ss')}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.actorName}</Text>
                <Text size="xs">
                  {t(`audit.actorRoles.${e.actorRole}`, { defaultValue: e.actorRole })} · {e.actorLogin}
                </Text>
              </Table.Td>
              <Table.Td>{t(`audit.actions.${e.action}`, { defaultValue: e.actionLabel })}</Table.Td>
              <Table.Td>{t(`audit.objects.${e.objectType}`, { defaultValue: e.objectType })}</Table.Td>
              {school && (
                <Table.Td>
                  {e.participantId &&
                    (person?.data ? (
                      <Anchor component={Link} to={`/participants/${e.participantId}`} size="sm">
                        {person.data.fullName}
                      </Anchor>
                    ) : person?.isError ? (
                      <Text size="sm">{t('audit.personGone')}</Text>
                    ) : null)}
                </Table.Td>
              )}
              <Table.Td>
                {e.fields.length > 0 ? (
                  <Group gap={4}>
                    {e.fields.map((f) => (
                      <Code key={f}>{f}</Code>
                    ))}
                  </Group>
                ) : (
                  t('audit.noFields')
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
