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
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
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
import { useParticipants } from '../../participants/api';
import { NOMINATION_STATUSES, nominationsQuery, useNominate, type NominationStatus } from '../api';
import { NominationStatusBadge } from './NominationStatusBadge';

/** The school's nominations of its mentors to the registry, and a new one. */
export function NominationsPage({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<NominationStatus | null>(null);
  const [opened, { open, close }] = useDisclosure();
  const { page, size, sort, setSort, filter, pager } = useListControls('updatedAt,desc');
  const list = useQuery(
    nominationsQuery(schoolId, { q: q || undefined, status: status ?? undefined, page, size, sort }),
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('registry.nominations.title')}</Title>
        <Button onClick={open}>{t('registry.nominations.nominate')}</Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('registry.nominations.searchPlaceholder')}
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={280}
        />
        <Select
          label={t('registry.fields.status')}
          placeholder={t('registry.nominations.allStatuses')}
          data={NOMINATION_STATUSES.map((s) => ({ value: s, label: t(`registry.status.${s}`) }))}
          value={status}
          onChange={(v) => filter(setStatus)(v as NominationStatus | null)}
          clearable
          w={280}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <Table striped highlightOnHover aria-label={t('registry.nominations.title')}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="mentor" sort={sort} onSort={setSort}>
                {t('registry.fields.mentor')}
              </SortableTh>
              <SortableTh field="status" sort={sort} onSort={setSort}>
                {t('registry.fields.status')}
              </SortableTh>
              <Table.Th>{t('registry.fields.consent')}</Table.Th>
              <SortableTh field="submittedAt" sort={sort} onSort={setSort}>
                {t('registry.fields.submittedAt')}
              </SortableTh>
              <SortableTh field="updatedAt" sort={sort} onSort={setSort}>
                {t('registry.fields.updatedAt')}
              </SortableTh>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow columns={5} />}
            {list.data?.items.map((n) => (
              <Table.Tr key={n.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/mentor-nominations/${n.id}`}>
                    {n.mentor.fullName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <NominationStatusBadge status={n.status} />
                </Table.Td>
                <Table.Td>{n.consented ? '✓' : t('registry.nominations.consentMissing')}</Table.Td>
                <Table.Td>{formatDate(n.submittedAt) ?? '—'}</Table.Td>
                <Table.Td>{formatDate(n.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && (
          <EmptyState>{t('registry.nominations.empty')}</EmptyState>
        )}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
      <Modal opened={opened} onClose={close} title={t('registry.nominations.nominateTitle')} size="lg">
        {opened && <NominateForm schoolId={schoolId} onClose={close} />}
      </Modal>
    </Stack>
  );
}

function NominateForm({ schoolId, onClose }: { schoolId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const nominate = useNominate(schoolId);
  const mentors = useParticipants(schoolId, {
    role: 'mentor',
    consent: 'valid',
    page: 0,
    size: 100,
    sort: 'fullName,asc',
  });
  const form = useForm({
    initialValues: { participantId: '', description: '', results: '', training: '', rewardsNote: '' },
    validate: { participantId: (v) => (v ? null : t('registry.nominations.chooseMentor')) },
  });
  const options = (mentors.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }));
  const submit = form.onSubmit(async (values) => {
    try {
      const created = await nominate.mutateAsync(values);
      notifications.show({ color: 'green', message: t('registry.nominations.created') });
      onClose();
      void navigate(`/mentor-nominations/${created.id}`);
    } catch (error) {
      showSaveError(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('registry.nominations.nominateHint')}</Text>
        {mentors.data && options.length === 0 && <Text>{t('registry.nominations.noMentors')}</Text>}
        <Select
          label={t('registry.fields.mentor')}
          data={options}
          searchable
          withAsterisk
          {...form.getInputProps('participantId')}
        />
        <NominationTexts form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={nominate.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface TextsForm {
  getInputProps: (path: 'description' | 'results' | 'training' | 'rewardsNote') => object;
}

/** The four texts the school writes about its mentor, in the new and the edit form alike. */
export function NominationTexts({ form }: { form: TextsForm }) {
  const { t } = useTranslation();
  return (
    <>
      <Textarea
        label={t('registry.fields.description')}
        description={t('registry.hints.description')}
        autosize
        minRows={3}
        maxLength={4000}
        {...form.getInputProps('description')}
      />
      <Textarea
        label={t('registry.fields.results')}
        autosize
        minRows={2}
        maxLength={4000}
        {...form.getInputProps('results')}
      />
      <Textarea
        label={t('registry.fields.training')}
        description={t('registry.hints.training')}
        autosize
        minRows={2}
        maxLength={4000}
        {...form.getInputProps('training')}
      />
      <Textarea
        label={t('registry.fields.rewardsNote')}
        description={t('registry.hints.rewardsNote')}
        autosize
        minRows={2}
        maxLength={4000}
        {...form.getInputProps('rewardsNote')}
      />
    </>
  );
}
