import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { useEditor } from '../../../lib/useEditor';
import { useRewards, type Reward } from '../api';
import { RewardDialog } from './RewardDialog';
import { RewardsTable } from './RewardsTable';

/** A participant's rewards on their page, with a new one for them a click away. */
export function ParticipantRewards({
  schoolId,
  participant,
}: {
  schoolId: string;
  participant: { id: string; fullName: string };
}) {
  const { t } = useTranslation();
  const editor = useEditor<Reward>();
  const list = useRewards(schoolId, {
    participantId: participant.id,
    page: 0,
    size: 100,
    sort: 'awardedOn,desc',
  });
  const rows = list.data?.items ?? [];
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('recognition.rewards.ofParticipant')}</Title>
          <Button variant="light" onClick={() => editor.start(null)}>
            {t('recognition.rewards.add')}
          </Button>
        </Group>
        <ErrorAlert error={list.error} />
        {list.data && rows.length === 0 && (
          <EmptyState>{t('recognition.rewards.noneForParticipant')}</EmptyState>
        )}
        {rows.length > 0 && (
          <RewardsTable
            schoolId={schoolId}
            rewards={rows}
            loading={false}
            onEdit={editor.start}
            withParticipant={false}
            label={t('recognition.rewards.ofParticipant')}
          />
        )}
      </Stack>
      <RewardDialog
        schoolId={schoolId}
        opened={editor.opened}
        onClose={editor.close}
        reward={editor.editing}
        participant={editor.editing ? undefined : participant}
      />
    </Paper>
  );
}
