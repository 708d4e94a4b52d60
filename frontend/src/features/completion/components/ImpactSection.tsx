import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { useImpact, type MenteeImpact } from '../api';
import { barsOption, formatChange, menteeBars } from '../impact';
import { ChartOnRequest } from '../../../components/ui/ChartOnRequest';

/** Each mentee's entry and final self-assessment side by side, question by question. */
export function ImpactSection({ schoolId, mentorshipId }: { schoolId: string; mentorshipId: string }) {
  const { t } = useTranslation();
  const impact = useImpact(schoolId, mentorshipId);
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2}>{t('completion.impact.title')}</Title>
        <ErrorAlert error={impact.error} />
        {impact.data && (
          <>
            <Text size="sm">{t('completion.impact.about', { title: impact.data.questionnaire })}</Text>
            {impact.data.mentees.length === 0 && <Text>{t('completion.impact.noMentees')}</Text>}
            {impact.data.mentees.map((m) => (
              <MenteeImpactView key={m.participantId} m={m} />
            ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function MenteeImpactView({ m }: { m: MenteeImpact }) {
  const { t } = useTranslation();
  const noData = t('completion.impact.noData');
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {m.fullName}
      </Title>
      <Text size="sm">{t(`completion.impact.status.${m.status}`)}</Text>
      {m.questions.length > 0 && (
        <Table aria-label={`${t('completion.impact.title')}: ${m.fullName}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('completion.impact.question')}</Table.Th>
              <Table.Th>{t('completion.impact.entry')}</Table.Th>
              <Table.Th>{t('completion.impact.final')}</Table.Th>
              <Table.Th>{t('completion.impact.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {m.questions.map((q) => (
              <Table.Tr key={q.questionId}>
                <Table.Td>{q.text}</Table.Td>
                <Table.Td>{q.entryScore ?? noData}</Table.Td>
                <Table.Td>{q.finalScore ?? noData}</Table.Td>
                <Table.Td>{formatChange(q.change) ?? noData}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {m.status === 'MEASURED' && (
        <ChartOnRequest
          option={barsOption(menteeBars(m), {
            entry: t('completion.impact.entry'),
            final: t('completion.impact.final'),
          })}
          height={80 + 48 * m.questions.length}
          label={t('completion.impact.chart', { name: m.fullName })}
        >
          <Text fw={500}>
            {t('completion.impact.overall', { value: formatChange(m.overallChange) ?? noData })}
          </Text>
        </ChartOnRequest>
      )}
    </Stack>
  );
}
