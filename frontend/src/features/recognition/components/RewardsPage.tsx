import { Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Pager } from '../../../components/ui/Pager';
import { useEditor } from '../../../lib/useEditor';
import { useListControls } from '../../../lib/useListControls';
import { REWARD_KINDS, useRewards, type Reward, type RewardKind } from '../api';
import { RewardDialog } from './RewardDialog';
import { RewardsTable } from './RewardsTable';

/** The school's rewards of mentors and mentees, found by person, kind and period. */
export function RewardsPage({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [kind, setKind] = useState<RewardKind | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { page, size, sort, setSort, filter, pager } = useListControls('awardedOn,desc');
  const editor = useEditor<Reward>();
  const list = useRewards(schoolId, {
    q: q || undefined,
    kind: kind ?? undefined,
    from: from || undefined,
    to: to || undefined,
    page,
    size,
    sort,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('recognition.rewards.title')}</Title>
        <Button onClick={() => editor.start(null)}>{t('recognition.rewards.add')}</Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('recognition.rewards.searchPlaceholder')}
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={280}
        />
        <Select
          label={t('recognition.rewards.fields.kind')}
          placeholder={t('recognition.rewards.allKinds')}
          data={REWARD_KINDS.map((k) => ({ value: k, label: t(`recognition.rewardKinds.${k}`) }))}
          value={kind}
          onChange={(v) => filter(setKind)(v as RewardKind | null)}
          clearable
          w={260}
        />
        <TextInput
          type="date"
          label={t('recognition.rewards.from')}
          value={from}
          onChange={(e) => filter(setFrom)(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('recognition.rewards.to')}
          value={to}
          onChange={(e) => filter(setTo)(e.currentTarget.value)}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <RewardsTable
          schoolId={schoolId}
          rewards={list.data?.items}
          loading={list.isPending}
          onEdit={editor.start}
          sort={{ value: sort, onSort: setSort }}
          withParticipant
          label={t('recognition.rewards.title')}
        />
        {list.data && list.data.items.length === 0 && (
          <EmptyState>{t('recognition.rewards.empty')}</EmptyState>
        )}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
      <RewardDialog
        schoolId={schoolId}
        opened={editor.opened}
        onClose={editor.close}
        reward={editor.editing}
      />
    </Stack>
  );
}
