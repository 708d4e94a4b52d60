import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ExportMenu } from '../../../components/ui/ExportMenu';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Pager } from '../../../components/ui/Pager';
import { SortableTh } from '../../../components/ui/SortableTh';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { formatDate } from '../../../lib/dates';
import {
  MENTORING_FORMS,
  MENTORSHIP_KINDS,
  MENTORSHIP_STATUSES,
  useMentorships,
  type MentoringForm,
  type MentorshipKind,
  type MentorshipStatus,
  exportMentorships,
} from '../api';
import { CreateMentorshipDialog } from './CreateMentorshipDialog';
import { StatusBadge } from './StatusBadge';
import { useListControls } from '../../../lib/useListControls';

export function MentorshipsPage({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<MentorshipStatus | null>(null);
  const [form, setForm] = useState<MentoringForm | null>(null);
  const [kind, setKind] = useState<MentorshipKind | null>(null);
  const { page, size, sort, setSort, filter, pager } = useListControls('createdAt,desc');
  const [creating, createDialog] = useDisclosure(false);
  const filters = {
    q: q || undefined,
    status: status ?? undefined,
    form: form ?? undefined,
    kind: kind ?? undefined,
    sort,
  };
  const list = useMentorships(schoolId, { ...filters, page, size });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('mentorships.title')}</Title>
        <Group>
          <ExportMenu onExport={(format) => exportMentorships(schoolId, filters, format)} />
          <Button component={Link} to="/mentorships/orders" variant="subtle">
            {t('mentorships.orders')}
          </Button>
          <Button component={Link} to="/mentorships/approve" variant="light">
            {t('mentorships.approve')}
          </Button>
          <Button onClick={createDialog.open}>{t('mentorships.add')}</Button>
        </Group>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('mentorships.searchPlaceholder')}
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={280}
        />
        <Select
          label={t('mentorships.fields.status')}
          placeholder={t('mentorships.allStatuses')}
          data={MENTORSHIP_STATUSES.map((s) => ({ value: s, label: t(`mentorshipStatus.${s}`) }))}
          value={status}
          onChange={(v) => filter(setStatus)(v as MentorshipStatus | null)}
          clearable
          w={180}
        />
        <Select
          label={t('mentorships.fields.form')}
          placeholder={t('mentorships.allForms')}
          data={MENTORING_FORMS.map((f) => ({ value: f, label: t(`forms.${f}`) }))}
          value={form}
          onChange={(v) => filter(setForm)(v as MentoringForm | null)}
          clearable
          w={240}
        />
        <Select
          label={t('mentorships.fields.kind')}
          placeholder={t('mentorships.allKinds')}
          data={MENTORSHIP_KINDS.map((k) => ({ value: k, label: t(`mentorshipKinds.${k}`) }))}
          value={kind}
          onChange={(v) => filter(setKind)(v as MentorshipKind | null)}
          clearable
          w={240}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <Table striped highlightOnHover aria-label={t('mentorships.title')}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="mentor" sort={sort} onSort={setSort}>
                {t('mentorships.fields.mentor')}
              </SortableTh>
              <Table.Th>{t('mentorships.fields.mentees')}</Table.Th>
              <SortableTh field="form" sort={sort} onSort={setSort}>
                {t('mentorships.fields.form')}
              </SortableTh>
              <SortableTh field="kind" sort={sort} onSort={setSort}>
                {t('mentorships.fields.kind')}
              </SortableTh>
              <SortableTh field="plannedStart" sort={sort} onSort={setSort}>
                {t('mentorships.term')}
              </SortableTh>
              <SortableTh field="status" sort={sort} onSort={setSort}>
                {t('mentorships.fields.status')}
              </SortableTh>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow columns={6} />}
            {list.data?.items.map((m) => {
              const current = m.mentees.filter((p) => !p.removedOn);
              return (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/mentorships/${m.id}`}>
                      {m.mentor.fullName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Text size="sm">{current.map((p) => p.fullName).join(', ')}</Text>
                      {current.length > 1 && (
                        <Badge size="xs" variant="outline">
                          {t('mentorships.group')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`forms.${m.form}`)}</Table.Td>
                  <Table.Td>{t(`mentorshipKinds.${m.kind}`)}</Table.Td>
                  <Table.Td>
                    {t('mentorships.termValue', {
                      from: formatDate(m.plannedStart),
                      to: formatDate(m.plannedEnd),
                    })}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={m.status} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && <EmptyState>{t('mentorships.empty')}</EmptyState>}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
      <CreateMentorshipDialog schoolId={schoolId} opened={creating} onClose={createDialog.close} />
    </Stack>
  );
}
