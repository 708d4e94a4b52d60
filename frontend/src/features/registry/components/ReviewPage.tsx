import { Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { Pager } from '../../../components/ui/Pager';
import { ReturnForm } from '../../../components/ui/ReturnForm';
import { SortableTh } from '../../../components/ui/SortableTh';
import { describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import { useListControls } from '../../../lib/useListControls';
import {
  DECISIONS,
  deskQuery,
  deskStatuses,
  useDecide,
  type Decision,
  type NominationStatus,
  type RegistryEntry,
  type ReviewScope,
} from '../api';
import { MentorFactsList } from './MentorFactsList';
import { NominationStatusBadge } from './NominationStatusBadge';

/**
 * The review desk above the school: the municipal coordinator includes, returns and recommends its schools'
 * nominations; the region includes the recommended ones in its registry or declines them.
 */
export function ReviewPage({ scope }: { scope: ReviewScope }) {
  const { t } = useTranslation();
  const municipal = scope.kind === 'municipality';
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<NominationStatus | null>(municipal ? 'SUBMITTED' : 'RECOMMENDED');
  const { page, size, sort, setSort, filter, pager } = useListControls(
    municipal ? 'submittedAt,desc' : 'recommendedAt,desc',
  );
  const list = useQuery(
    deskQuery(scope, { q: q || undefined, status: status ?? undefined, page, size, sort }),
  );
  const title = t(municipal ? 'registry.review.municipalTitle' : 'registry.review.regionalTitle');
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('registry.published.searchPlaceholder')}
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={280}
        />
        <Select
          label={t('registry.fields.status')}
          placeholder={t('registry.nominations.allStatuses')}
          data={deskStatuses(scope).map((s) => ({ value: s, label: t(`registry.status.${s}`) }))}
          value={status}
          onChange={(v) => filter(setStatus)(v as NominationStatus | null)}
          clearable
          w={320}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <Table aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('registry.fields.mentor')}</Table.Th>
              <SortableTh field="school" sort={sort} onSort={setSort}>
                {t('registry.fields.school')}
              </SortableTh>
              <SortableTh field="status" sort={sort} onSort={setSort}>
                {t('registry.fields.status')}
              </SortableTh>
              <SortableTh field="submittedAt" sort={sort} onSort={setSort}>
                {t('registry.fields.submittedAt')}
              </SortableTh>
              <Table.Th>{t('registry.review.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow columns={5} />}
            {list.data?.items.map((e) => (
              <ReviewRow key={e.id} scope={scope} entry={e} />
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && (
          <EmptyState>{t(municipal ? 'registry.review.empty' : 'registry.review.regionalEmpty')}</EmptyState>
        )}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
    </Stack>
  );
}

function ReviewRow({ scope, entry: e }: { scope: ReviewScope; entry: RegistryEntry }) {
  const { t } = useTranslation();
  const decide = useDecide(scope);
  const [commenting, setCommenting] = useState<Decision | null>(null);
  const [open, setOpen] = useState(false);
  const who = e.fullName ?? `${t('registry.anonymous')}, ${e.schoolName}`;
  const send = (decision: Decision, comment?: string) =>
    decide.mutateAsync({ id: e.id, decision, version: e.version, comment }).then(() => {
      notifications.show({ color: 'green', message: t(`registry.review.done.${decision}`) });
    });
  const decisions = e.allowedActions.flatMap((a) =>
    a in DECISIONS ? [DECISIONS[a as keyof typeof DECISIONS]] : [],
  );
  return (
    <>
      <Table.Tr>
        <Table.Td>
          <Button variant="subtle" px={0} onClick={() => setOpen((v) => !v)} aria-expanded={open}>
            {e.fullName ?? t('registry.anonymous')}
          </Button>
          <Text size="xs">{t(`participantKinds.${e.mentorKind}`)}</Text>
        </Table.Td>
        <Table.Td>
          {e.schoolName}
          {scope.kind === 'region' && ` · ${e.municipalityName}`}
        </Table.Td>
        <Table.Td>
          <NominationStatusBadge status={e.status} />
        </Table.Td>
        <Table.Td>{formatDate(e.submittedAt) ?? '—'}</Table.Td>
        <Table.Td>
          <Group gap="xs">
            {decisions.map((d) =>
              d === 'return' || d === 'decline' ? (
                <Button key={d} size="xs" variant="light" color="orange" onClick={() => setCommenting(d)}>
                  {t(`registry.review.${d}`)}
                </Button>
              ) : (
                <Button
                  key={d}
                  size="xs"
                  loading={decide.isPending}
                  onClick={() =>
                    confirmAction(
                      t(`registry.review.${d}Confirm`, { who }),
                      t(`registry.review.${d}`),
                      () => {
                        send(d).catch((err: unknown) =>
                          notifications.show({ color: 'red', message: describeError(err) }),
                        );
                      },
                    )
                  }
                >
                  {t(`registry.review.${d}`)}
                </Button>
              ),
            )}
          </Group>
          <Modal
            opened={commenting !== null}
            onClose={() => setCommenting(null)}
            title={commenting ? t(`registry.review.${commenting}`) : ''}
            size="lg"
          >
            {commenting && (
              <ReturnForm
                labels={{
                  comment: t(
                    commenting === 'return'
                      ? 'registry.review.returnComment'
                      : 'registry.review.declineComment',
                  ),
                  required: t(
                    commenting === 'return'
                      ? 'registry.review.commentRequired'
                      : 'registry.review.declineRequired',
                  ),
                  question: t(`registry.review.${commenting}Confirm`, { who }),
                  action: t(`registry.review.${commenting}`),
                }}
                onSend={(comment) => send(commenting, comment)}
                onClose={() => setCommenting(null)}
              />
            )}
          </Modal>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr>
          <Table.Td colSpan={5}>
            <EntryDetails entry={e} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** What a registry entry says of the mentor: only what the consent to publish allows. */
export function EntryDetails({ entry: e }: { entry: RegistryEntry }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={500}>{t('registry.fields.description')}</Text>
      <Text size="sm">{e.description || '—'}</Text>
      <Text fw={500}>{t('registry.fields.results')}</Text>
      <Text size="sm">{e.results || '—'}</Text>
      <Text fw={500}>{t('registry.fields.training')}</Text>
      <Text size="sm">{e.training || '—'}</Text>
      {e.rewardsNote && (
        <>
          <Text fw={500}>{t('registry.fields.rewardsNote')}</Text>
          <Text size="sm">{e.rewardsNote}</Text>
        </>
      )}
      <MentorFactsList facts={e.facts} note={t('registry.facts.frozen')} />
      {e.decisionComment && <Text size="sm">{e.decisionComment}</Text>}
    </Stack>
  );
}
