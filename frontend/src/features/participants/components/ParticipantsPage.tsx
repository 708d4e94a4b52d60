import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ExportMenu } from '../../../components/ui/ExportMenu';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Pager } from '../../../components/ui/Pager';
import { SortableTh } from '../../../components/ui/SortableTh';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import {
  exportParticipants,
  PARTICIPANT_KINDS,
  useParticipants,
  type ParticipantKind,
  type ParticipantListParams,
} from '../api';
import { ConsentBadge } from './ConsentBadge';
import { useListControls } from '../../../lib/useListControls';

export function ParticipantsPage({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [kind, setKind] = useState<ParticipantKind | null>(null);
  const [role, setRole] = useState<ParticipantListParams['role'] | null>(null);
  const [consent, setConsent] = useState<ParticipantListParams['consent'] | null>(null);
  const [matched, setMatched] = useState<string | null>(null);
  const { page, size, sort, setSort, filter, pager } = useListControls('fullName,asc');
  const list = useParticipants(schoolId, {
    q: q || undefined,
    kind: kind ?? undefined,
    role: role ?? undefined,
    consent: consent ?? undefined,
    matched: matched === null ? undefined : matched === 'true',
    page,
    size,
    sort,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('participants.title')}</Title>
        <Group>
          <ExportMenu
            onExport={(format) =>
              exportParticipants(
                schoolId,
                {
                  q: q || undefined,
                  kind: kind ?? undefined,
                  role: role ?? undefined,
                  consent: consent ?? undefined,
                  matched: matched === null ? undefined : matched === 'true',
                  sort,
                },
                format,
              )
            }
          />
          <Button component={Link} to="/participants/new">
            {t('participants.add')}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={260}
        />
        <Select
          label={t('participants.fields.kind')}
          placeholder={t('participants.allKinds')}
          data={PARTICIPANT_KINDS.map((k) => ({ value: k, label: t(`participantKinds.${k}`) }))}
          value={kind}
          onChange={(v) => filter(setKind)(v as ParticipantKind | null)}
          clearable
          w={220}
        />
        <Select
          label={t('participants.roleFilter')}
          placeholder={t('participants.anyRole')}
          data={[
            { value: 'mentor', label: t('participants.mentor') },
            { value: 'mentee', label: t('participants.mentee') },
          ]}
          value={role}
          onChange={(v) => filter(setRole)(v as ParticipantListParams['role'] | null)}
          clearable
          w={180}
        />
        <Select
          label={t('participants.consentFilter')}
          placeholder={t('participants.anyConsent')}
          data={[
            { value: 'valid', label: t('consent.VALID') },
            { value: 'none', label: t('consent.NONE') },
            { value: 'withdrawn', label: t('consent.WITHDRAWN') },
          ]}
          value={consent}
          onChange={(v) => filter(setConsent)(v as ParticipantListParams['consent'] | null)}
          clearable
          w={200}
        />
        <Select
          label={t('participants.matchedFilter')}
          placeholder={t('participants.anyMatched')}
          data={[
            { value: 'true', label: t('participants.matched') },
            { value: 'false', label: t('participants.unmatched') },
          ]}
          value={matched}
          onChange={filter(setMatched)}
          clearable
          w={200}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <Table striped highlightOnHover aria-label={t('participants.title')}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="fullName" sort={sort} onSort={setSort}>
                {t('participants.fields.fullName')}
              </SortableTh>
              <SortableTh field="kind" sort={sort} onSort={setSort}>
                {t('participants.fields.kind')}
              </SortableTh>
              <Table.Th>{t('participants.roleFilter')}</Table.Th>
              <Table.Th>{t('participants.consentFilter')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow columns={4} />}
            {list.data?.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/participants/${p.id}`}>
                    {p.fullName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`participantKinds.${p.kind}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {p.mentorCandidate && <Badge variant="light">{t('participants.mentor')}</Badge>}
                    {p.menteeCandidate && (
                      <Badge variant="light" color="grape">
                        {t('participants.mentee')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <ConsentBadge status={p.consentStatus} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && <EmptyState>{t('participants.empty')}</EmptyState>}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
    </Stack>
  );
}
