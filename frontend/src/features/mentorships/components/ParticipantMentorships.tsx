import { Anchor, Paper, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { formatDate } from '../../../lib/dates';
import { useMentorships } from '../api';
import { StatusBadge } from './StatusBadge';

/** The pairs and groups a participant has been in, as mentor or mentee, on the participant's page. */
export function ParticipantMentorships({
  schoolId,
  participantId,
}: {
  schoolId: string;
  participantId: string;
}) {
  const { t } = useTranslation();
  const list = useMentorships(schoolId, { participantId, page: 0, size: 100, sort: 'plannedStart,desc' });
  const rows = list.data?.items ?? [];
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2}>{t('mentorships.ofParticipant')}</Title>
        <ErrorAlert error={list.error} />
        {list.data && rows.length === 0 && <EmptyState>{t('mentorships.noneForParticipant')}</EmptyState>}
        {rows.length > 0 && (
          <Table aria-label={t('mentorships.ofParticipant')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mentorships.fields.mentor')}</Table.Th>
                <Table.Th>{t('mentorships.fields.mentees')}</Table.Th>
                <Table.Th>{t('mentorships.fields.form')}</Table.Th>
                <Table.Th>{t('mentorships.term')}</Table.Th>
                <Table.Th>{t('mentorships.fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/mentorships/${m.id}`}>
                      {m.mentor.fullName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {m.mentees
                      .filter((p) => !p.removedOn)
                      .map((p) => p.fullName)
                      .join(', ')}
                  </Table.Td>
                  <Table.Td>{t(`forms.${m.form}`)}</Table.Td>
                  <Table.Td>
                    {t('mentorships.termValue', {
                      from: formatDate(m.plannedStart),
                      to: formatDate(m.plannedEnd),
                    })}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={m.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
