import {
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { Pager } from '../../../components/ui/Pager';
import { SortableTh } from '../../../components/ui/SortableTh';
import { formatDate } from '../../../lib/dates';
import { showSaveError } from '../../../lib/forms';
import { useListControls } from '../../../lib/useListControls';
import { useMentorships } from '../../mentorships/api';
import { PRACTICE_STATUSES, useProposePractice, usePractices, type BestPracticeStatus } from '../api';
import { PracticeStatusBadge } from './PracticeStatusBadge';

/** The school's best practices, from drafts to those in the regional bank. */
export function BestPracticesPage({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<BestPracticeStatus | null>(null);
  const { page, size, sort, setSort, filter, pager } = useListControls('updatedAt,desc');
  const [proposing, proposeDialog] = useDisclosure(false);
  const list = usePractices(schoolId, { q: q || undefined, status: status ?? undefined, page, size, sort });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('recognition.practices.title')}</Title>
        <Button onClick={proposeDialog.open}>{t('recognition.practices.propose')}</Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('recognition.practices.searchPlaceholder')}
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={280}
        />
        <Select
          label={t('recognition.practices.fields.status')}
          placeholder={t('recognition.practices.allStatuses')}
          data={PRACTICE_STATUSES.map((s) => ({ value: s, label: t(`recognition.status.${s}`) }))}
          value={status}
          onChange={(v) => filter(setStatus)(v as BestPracticeStatus | null)}
          clearable
          w={240}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <Table striped highlightOnHover aria-label={t('recognition.practices.title')}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="title" sort={sort} onSort={setSort}>
                {t('recognition.practices.fields.title')}
              </SortableTh>
              <Table.Th>{t('recognition.practices.pair')}</Table.Th>
              <SortableTh field="status" sort={sort} onSort={setSort}>
                {t('recognition.practices.fields.status')}
              </SortableTh>
              <SortableTh field="submittedAt" sort={sort} onSort={setSort}>
                {t('recognition.practices.fields.submittedAt')}
              </SortableTh>
              <SortableTh field="updatedAt" sort={sort} onSort={setSort}>
                {t('recognition.practices.fields.updatedAt')}
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
                  <Text size="sm">
                    {t('recognition.practices.pairValue', {
                      mentor: p.mentorship.mentorName,
                      mentees: p.mentorship.menteeNames.join(', '),
                    })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`forms.${p.mentorship.form}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <PracticeStatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>{formatDate(p.submittedAt) ?? '—'}</Table.Td>
                <Table.Td>{formatDate(p.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && (
          <EmptyState
            action={<Button onClick={proposeDialog.open}>{t('recognition.practices.propose')}</Button>}
          >
            {t('recognition.practices.empty')}
          </EmptyState>
        )}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
      <Modal
        opened={proposing}
        onClose={proposeDialog.close}
        title={t('recognition.practices.proposeTitle')}
        size="lg"
      >
        {proposing && <ProposeForm schoolId={schoolId} onClose={proposeDialog.close} />}
      </Modal>
    </Stack>
  );
}

function ProposeForm({ schoolId, onClose }: { schoolId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const propose = useProposePractice(schoolId);
  const pairs = useMentorships(schoolId, {
    status: 'COMPLETED',
    page: 0,
    size: 100,
    sort: 'plannedEnd,desc',
  });
  const form = useForm({
    initialValues: { mentorshipId: '', title: '' },
    validate: {
      mentorshipId: (v) => (v ? null : t('recognition.practices.validation.mentorship')),
      title: (v) => (v.trim() ? null : t('recognition.practices.validation.title')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      const created = await propose.mutateAsync({
        mentorshipId: values.mentorshipId,
        title: values.title.trim(),
      });
      notifications.show({ color: 'green', message: t('recognition.practices.created') });
      onClose();
      navigate(`/best-practices/${created.id}`);
    } catch (error) {
      showSaveError(form, error);
    }
  });
  const options = (pairs.data?.items ?? []).map((m) => ({
    value: m.id,
    label: `${m.mentor.fullName} — ${m.mentees
      .filter((p) => !p.removedOn)
      .map((p) => p.fullName)
      .join(', ')}`,
  }));
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('recognition.practices.proposeHint')}</Text>
        {pairs.data && options.length === 0 && (
          <EmptyState>{t('recognition.practices.noCompletedPairs')}</EmptyState>
        )}
        <Select
          label={t('recognition.practices.fields.mentorship')}
          data={options}
          searchable
          withAsterisk
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('mentorshipId')}
        />
        <TextInput
          label={t('recognition.practices.fields.title')}
          withAsterisk
          {...form.getInputProps('title')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={propose.isPending}>
            {t('recognition.practices.propose')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
