import { Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import type { HardConstraint, MatchUnmatched } from '../api';
import { PersonCell } from './PersonCell';

/** Mentees the run left without a mentor, each with the reason in plain words; they stay for the next run. */
export function UnmatchedTable({
  unmatched,
  municipal,
}: {
  unmatched: MatchUnmatched[];
  municipal: boolean;
}) {
  const { t } = useTranslation();
  if (unmatched.length === 0) {
    return (
      <Paper withBorder>
        <EmptyState>{t('matching.noUnmatched')}</EmptyState>
      </Paper>
    );
  }
  return (
    <Paper withBorder>
      <Table aria-label={t('matching.unmatched')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('matching.mentee')}</Table.Th>
            <Table.Th>{t('matching.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {unmatched.map((u) => {
            const counts = Object.entries(u.excludedMentors);
            return (
              <Table.Tr key={u.mentee.id}>
                <Table.Td>
                  <PersonCell person={u.mentee} withSchool={municipal} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm">
                      {t(`unmatchedReasons.${u.reason}`)}
                      {u.mainConstraint ? `: ${t(`constraints.${u.mainConstraint}`)}` : ''}
                    </Text>
                    {u.reason === 'NO_CAPACITY_LEFT' && (
                      <Text size="xs" c="dimmed">
                        {t('matching.eligibleMentors', { count: u.eligibleMentors })}
                      </Text>
                    )}
                    {counts.length > 1 && (
                      <Text size="xs" c="dimmed">
                        {counts
                          .map(([c, n]) => `${t(`constraints.${c as HardConstraint}`)} — ${n}`)
                          .join('; ')}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
