import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import type { Mentorship } from '../../mentorships/api';
import { downloadReport, useCompletion, type Completion } from '../api';
import { ImpactSection } from './ImpactSection';

/**
 * The pair's results on its page: what its completion recorded with the final report, and the impact on its
 * mentees once it has started.
 */
export function CompletionSection({ schoolId, mentorship }: { schoolId: string; mentorship: Mentorship }) {
  const completed = mentorship.status === 'COMPLETED';
  return (
    <>
      {completed && <Results schoolId={schoolId} mentorship={mentorship} />}
      {mentorship.startedOn && <ImpactSection schoolId={schoolId} mentorshipId={mentorship.id} />}
    </>
  );
}

function Results({ schoolId, mentorship }: { schoolId: string; mentorship: Mentorship }) {
  const { t } = useTranslation();
  // a pair completed before completions were recorded has none: its page simply shows no results
  const completion = useCompletion(schoolId, mentorship.id, mentorship.outcome != null);
  if (mentorship.outcome == null) {
    return null;
  }
  const download = (format: 'docx' | 'pdf') =>
    downloadReport(schoolId, mentorship.id, format).catch((e) =>
      notifications.show({ color: 'red', message: describeError(e) }),
    );
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2}>{t('completion.results.title')}</Title>
          <Group>
            <Button variant="light" onClick={() => void download('docx')}>
              {t('completion.report.docx')}
            </Button>
            <Button variant="light" onClick={() => void download('pdf')}>
              {t('completion.report.pdf')}
            </Button>
          </Group>
        </Group>
        <ErrorAlert error={completion.error} />
        {completion.data && <Recorded c={completion.data} />}
      </Stack>
    </Paper>
  );
}

function Recorded({ c }: { c: Completion }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Field
          label={t('completion.results.outcome')}
          value={c.outcome && t(`completion.outcomes.${c.outcome}`)}
        />
        <Field label={t('completion.results.completedOn')} value={formatDate(c.completedOn)} />
        <Field
          label={t('completion.results.finalMeeting')}
          value={c.finalMeetingHeld ? t('completion.results.held') : t('completion.results.notHeld')}
        />
        {c.outcomeReason && <Field label={t('completion.results.reason')} value={c.outcomeReason} />}
        {c.comment && <Field label={t('completion.results.comment')} value={c.comment} />}
      </SimpleGrid>
      {c.goals.length > 0 && (
        <Table aria-label={t('completion.steps.goals')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('completion.results.goal')}</Table.Th>
              <Table.Th>{t('completion.results.result')}</Table.Th>
              <Table.Th>{t('completion.results.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.goals.map((g) => (
              <Table.Tr key={g.goalId}>
                <Table.Td>{g.title}</Table.Td>
                <Table.Td>{g.result && t(`completion.goalResults.${g.result}`)}</Table.Td>
                <Table.Td>{g.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {c.recordedBy && <Text size="sm">{t('completion.results.recordedBy', { name: c.recordedBy })}</Text>}
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={500}>
        {label}
      </Text>
      <div>{value || '—'}</div>
    </div>
  );
}
