import { Anchor, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { RowActions } from '../../../components/ui/RowActions';
import { SortableTh } from '../../../components/ui/SortableTh';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { formatDate } from '../../../lib/dates';
import { useDeleteReward, type Reward } from '../api';

interface Props {
  schoolId: string;
  rewards: Reward[] | undefined;
  loading: boolean;
  onEdit: (reward: Reward) => void;
  /** The list's sort, when its columns sort it; a participant's own short list does not. */
  sort?: { value: string; onSort: (sort: string) => void };
  /** Whether to show whom each reward is for (not on the participant's own page). */
  withParticipant: boolean;
  label: string;
}

/** Rewards as a table with their edit and delete actions, on the school's list and on a participant's page. */
export function RewardsTable({ schoolId, rewards, loading, onEdit, sort, withParticipant, label }: Props) {
  const { t } = useTranslation();
  const remove = useDeleteReward(schoolId);
  const header = (field: string, text: string) =>
    sort ? (
      <SortableTh field={field} sort={sort.value} onSort={sort.onSort}>
        {text}
      </SortableTh>
    ) : (
      <Table.Th>{text}</Table.Th>
    );
  const columns = withParticipant ? 6 : 5;
  return (
    <Table striped highlightOnHover aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          {withParticipant && header('participant', t('recognition.rewards.fields.participant'))}
          {header('kind', t('recognition.rewards.fields.kind'))}
          <Table.Th>{t('recognition.rewards.fields.title')}</Table.Th>
          {header('awardedOn', t('recognition.rewards.fields.awardedOn'))}
          <Table.Th>{t('recognition.rewards.fields.awardedBy')}</Table.Th>
          <Table.Th>{t('common.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {loading && <LoadingRow columns={columns} />}
        {rewards?.map((r) => (
          <Table.Tr key={r.id}>
            {withParticipant && (
              <Table.Td>
                <Anchor component={Link} to={`/participants/${r.participantId}`}>
                  {r.participantName}
                </Anchor>
              </Table.Td>
            )}
            <Table.Td>{r.kind === 'OTHER' ? r.otherKind : t(`recognition.rewardKinds.${r.kind}`)}</Table.Td>
            <Table.Td>
              <Text size="sm">{r.title}</Text>
              {r.documentRef && (
                <Text size="xs" c="dimmed">
                  {r.documentRef}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{formatDate(r.awardedOn)}</Table.Td>
            <Table.Td>{r.awardedBy}</Table.Td>
            {r.eventId ? (
              <Table.Td>
                <Text size="xs">{t('recognition.rewards.fromEvent')}</Text>
              </Table.Td>
            ) : (
              <RowActions
                onEdit={() => onEdit(r)}
                deleteQuestion={t('recognition.rewards.deleteConfirm', { title: r.title })}
                onDelete={({ onError }) =>
                  remove.mutate(r.id, {
                    onSuccess: () => notifications.show({ color: 'green', message: t('common.deleted') }),
                    onError,
                  })
                }
              />
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
