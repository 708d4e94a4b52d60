import { Button, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { Pager } from '../../../components/ui/Pager';
import { formatDate } from '../../../lib/dates';
import { useListControls } from '../../../lib/useListControls';
import { publishedQuery } from '../api';
import { EntryDetails } from './ReviewPage';

/**
 * The published registries: the municipality's (for its schools and coordinator; the region picks none and reads
 * its own) and the region's, for everyone signed in within the region.
 */
export function RegistryPage({ municipalityId, regionId }: { municipalityId?: string; regionId: string }) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<'municipal' | 'regional'>(municipalityId ? 'municipal' : 'regional');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [open, setOpen] = useState<string | null>(null);
  const { page, size, filter, pager } = useListControls();
  const place = level === 'municipal' && municipalityId ? municipalityId : regionId;
  const list = useQuery(
    publishedQuery(municipalityId ? level : 'regional', place, { q: q || undefined, page, size }),
  );
  return (
    <Stack>
      <Title order={1}>{t('registry.published.title')}</Title>
      <Text size="sm">{t('registry.published.consentNote')}</Text>
      {municipalityId && (
        <SegmentedControl
          value={level}
          onChange={(v) => filter(setLevel)(v as 'municipal' | 'regional')}
          data={[
            { value: 'municipal', label: t('registry.published.municipal') },
            { value: 'regional', label: t('registry.published.regional') },
          ]}
          w="fit-content"
        />
      )}
      <TextInput
        label={t('common.search')}
        placeholder={t('registry.published.searchPlaceholder')}
        value={search}
        onChange={(e) => filter(setSearch)(e.currentTarget.value)}
        w={280}
      />
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <Table aria-label={t('registry.published.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('registry.fields.mentor')}</Table.Th>
              <Table.Th>{t('registry.fields.school')}</Table.Th>
              <Table.Th>{t('registry.fields.municipality')}</Table.Th>
              <Table.Th>{t('registry.fields.includedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow columns={4} />}
            {list.data?.items.map((e) => (
              <Fragment key={e.id}>
                <Table.Tr>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      px={0}
                      onClick={() => setOpen(open === e.id ? null : e.id)}
                      aria-expanded={open === e.id}
                    >
                      {e.fullName ?? t('registry.anonymous')}
                    </Button>
                    <Text size="xs">{t(`participantKinds.${e.mentorKind}`)}</Text>
                  </Table.Td>
                  <Table.Td>{e.schoolName}</Table.Td>
                  <Table.Td>{e.municipalityName}</Table.Td>
                  <Table.Td>{formatDate(e.includedAt)}</Table.Td>
                </Table.Tr>
                {open === e.id && (
                  <Table.Tr>
                    <Table.Td colSpan={4}>
                      <EntryDetails entry={e} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && (
          <EmptyState>{t('registry.published.empty')}</EmptyState>
        )}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
    </Stack>
  );
}
