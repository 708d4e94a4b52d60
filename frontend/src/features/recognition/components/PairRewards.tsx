import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { useEditor } from '../../../lib/useEditor';
import { useRewards, type Reward } from '../api';
import { RewardDialog } from './RewardDialog';
import { RewardsTable } from './RewardsTable';

/** The rewards for a pair's work on its page: the school's own and the diplomas of the events it won. */
export function PairRewards({ schoolId, mentorshipId }: { schoolId: string; mentorshipId: string }) {
  const { t } = useTranslation();
  const editor = useEditor<Reward>();
  const list = useRewards(schoolId, { mentorshipId, page: 0, size: 100, sort: 'awardedOn,desc' });
  const rows = list.data?.items ?? [];
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3}>{t('recognition.rewards.ofPair')}</Title>
        <ErrorAlert error={list.error} />
        {list.data && rows.length === 0 && <EmptyState>{t('recognition.rewards.noneForPair')}</EmptyState>}
        {rows.length > 0 && (
          <RewardsTable
            schoolId={schoolId}
            rewards={rows}
            loading={false}
            onEdit={editor.start}
            withParticipant
            label={t('recognition.rewards.ofPair')}
          />
        )}
      </Stack>
      <RewardDialog
        schoolId={schoolId}
        opened={editor.opened}
        onClose={editor.close}
        reward={editor.editing}
      />
    </Paper>
  );
}
