import { List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../../../lib/dates';
import type { MentorFacts } from '../api';

/** What the system itself knows of a mentor: pairs, training and rewards, never typed by hand. */
export function MentorFactsList({ facts, note }: { facts: MentorFacts; note?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {note && (
        <Text size="sm" c="dimmed">
          {note}
        </Text>
      )}
      <Table withRowBorders={false} aria-label={t('registry.facts.title')}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th>{t('registry.facts.completedPairs')}</Table.Th>
            <Table.Td>{facts.completedPairs}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('registry.facts.effectivePairs')}</Table.Th>
            <Table.Td>{facts.effectivePairs}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('registry.facts.training')}</Table.Th>
            <Table.Td>{t(`training.${facts.trainingStatus}`)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text fw={500}>{t('registry.facts.rewards')}</Text>
      {facts.rewards.length === 0 ? (
        <Text size="sm">{t('registry.facts.noRewards')}</Text>
      ) : (
        <List size="sm" aria-label={t('registry.facts.rewards')}>
          {facts.rewards.map((r) => (
            <List.Item key={`${r.kind}-${r.title}-${r.awardedOn}`}>
              {t(`recognition.rewardKinds.${r.kind}`)}: {r.title}, {formatDate(r.awardedOn)}, {r.awardedBy}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
