import { Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { MENTORING_FORMS } from '../../../lib/mentoringForms';
import { useSchoolImpact, type MentoringForm, type SchoolImpactParams } from '../api';
import { barsOption, formatChange, formatScore, formatShare, schoolBars } from '../impact';
import { ChartOnRequest } from '../../../components/ui/ChartOnRequest';

/** The school's figures: how its mentees' self-assessment changed over the completed programmes. */
export function SchoolImpact({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useState<SchoolImpactParams>({});
  const impact = useSchoolImpact(schoolId, params);
  const s = impact.data;
  const set = (changes: Partial<SchoolImpactParams>) => setParams((p) => ({ ...p, ...changes }));

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2}>{t('home.impact')}</Title>
        <Text size="sm">{t('completion.school.about')}</Text>
        <Group align="flex-end">
          <Select
            label={t('completion.school.form')}
            placeholder={t('completion.school.allForms')}
            data={MENTORING_FORMS.map((f) => ({ value: f, label: t(`forms.${f}`) }))}
            value={params.form ?? null}
            onChange={(v) => set({ form: (v as MentoringForm | null) ?? undefined })}
            clearable
          />
          <TextInput
            type="date"
            label={t('completion.school.from')}
            value={params.from ?? ''}
            onChange={(e) => set({ from: e.currentTarget.value || undefined })}
          />
          <TextInput
            type="date"
            label={t('completion.school.to')}
            value={params.to ?? ''}
            onChange={(e) => set({ to: e.currentTarget.value || undefined })}
          />
        </Group>
        <ErrorAlert error={impact.error} />
        {s && (
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure label={t('completion.school.completedPairs')} value={String(s.completedPairs)} />
            <Figure label={t('completion.school.measuredMentees')} value={String(s.measuredMentees)} />
            <Figure
              label={t('completion.school.improved')}
              value={
                s.improvedShare == null
                  ? '—'
                  : t('completion.school.improvedValue', {
                      share: formatShare(s.improvedShare) ?? '',
                      count: String(s.improvedMentees),
                    })
              }
            />
            <Figure label={t('completion.school.overall')} value={formatChange(s.overallChange) ?? '—'} />
          </SimpleGrid>
        )}
        {s && s.questions.length === 0 && <Text>{t('completion.school.empty')}</Text>}
        {s && s.questions.length > 0 && (
          <>
            <Table aria-label={t('home.impact')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('completion.impact.question')}</Table.Th>
                  <Table.Th>{t('completion.school.mentees')}</Table.Th>
                  <Table.Th>{t('completion.school.entryMean')}</Table.Th>
                  <Table.Th>{t('completion.school.finalMean')}</Table.Th>
                  <Table.Th>{t('completion.school.meanChange')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.questions.map((q) => (
                  <Table.Tr key={q.questionId}>
                    <Table.Td>{q.text}</Table.Td>
                    <Table.Td>{q.mentees}</Table.Td>
                    <Table.Td>{formatScore(q.entryMean)}</Table.Td>
                    <Table.Td>{formatScore(q.finalMean)}</Table.Td>
                    <Table.Td>{formatChange(q.meanChange)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <ChartOnRequest
              option={barsOption(schoolBars(s), {
                entry: t('completion.school.entryMean'),
                final: t('completion.school.finalMean'),
              })}
              height={80 + 48 * s.questions.length}
              label={t('completion.school.chart')}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" fw={500}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </div>
  );
}
