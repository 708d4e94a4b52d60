import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { Pager } from '../../../components/ui/Pager';
import { SortableTh } from '../../../components/ui/SortableTh';
import { formatDate } from '../../../lib/dates';
import { useEditor } from '../../../lib/useEditor';
import { useListControls } from '../../../lib/useListControls';
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  useEvents,
  type Event,
  type EventKind,
  type EventScope,
  type EventStatus,
} from '../api';
import { EventDialog } from './EventDialog';
import { StatusBadge } from './StatusBadge';

/** The events the place sees: its own and those of the levels above it, found by kind, state and period. */
export function EventsPage({ scope }: { scope: EventScope }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [kind, setKind] = useState<EventKind | null>(null);
  const [status, setStatus] = useState<EventStatus | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { page, size, sort, setSort, filter, pager } = useListControls('startsOn,desc');
  const editor = useEditor<Event>();
  const list = useEvents(scope, {
    q: q || undefined,
    kind: kind ?? undefined,
    status: status ?? undefined,
    from: from || undefined,
    to: to || undefined,
    page,
    size,
    sort,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('events.title')}</Title>
        <Button onClick={() => editor.start(null)}>{t('events.add')}</Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('events.searchPlaceholder')}
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={240}
        />
        <Select
          label={t('events.fields.kind')}
          placeholder={t('events.allKinds')}
          data={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => filter(setKind)(v as EventKind | null)}
          clearable
          w={200}
        />
        <Select
          label={t('events.statusLabel')}
          placeholder={t('events.allStatuses')}
          data={EVENT_STATUSES.map((s) => ({ value: s, label: t(`events.statuses.${s}`) }))}
          value={status}
          onChange={(v) => filter(setStatus)(v as EventStatus | null)}
          clearable
          w={200}
        />
        <TextInput
          type="date"
          label={t('events.from')}
          value={from}
          onChange={(e) => filter(setFrom)(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('events.to')}
          value={to}
          onChange={(e) => filter(setTo)(e.currentTarget.value)}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <Table striped highlightOnHover aria-label={t('events.title')}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="title" sort={sort} onSort={setSort}>
                {t('events.fields.title')}
              </SortableTh>
              <Table.Th>{t('events.fields.kind')}</Table.Th>
              <Table.Th>{t('events.organiser')}</Table.Th>
              <SortableTh field="startsOn" sort={sort} onSort={setSort}>
                {t('events.dates')}
              </SortableTh>
              <Table.Th>{t('events.statusLabel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow columns={5} />}
            {list.data?.items.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/events/${e.id}`}>
                    {e.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`events.kinds.${e.kind}`)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color="gray" mr="xs">
                    {t(`events.levels.${e.level}`)}
                  </Badge>
                  {e.organiserName}
                </Table.Td>
                <Table.Td>
                  {formatDate(e.startsOn)} – {formatDate(e.endsOn)}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={e.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && <EmptyState>{t('events.empty')}</EmptyState>}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
      <EventDialog scope={scope} opened={editor.opened} onClose={editor.close} event={editor.editing} />
    </Stack>
  );
}
