import { List, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { formatDate } from '../../../lib/dates';
import { useCompetencies } from '../../../lib/competencies';
import { useRankCandidates, useTemplate, type Question, type QuestionnaireResponse } from '../api';

/** A submitted response, read as the curator reads a paper form: each question with its answer in words. */
export function SubmittedAnswers({
  schoolId,
  response,
}: {
  schoolId: string;
  response: QuestionnaireResponse;
}) {
  const { t } = useTranslation();
  const template = useTemplate(response.templateId);
  const competencies = useCompetencies();
  const ranks = template.data?.questions.some((q) => q.type === 'RANKING') ?? false;
  const people = useRankCandidates(schoolId, undefined, ranks);
  if (template.error) {
    return <ErrorAlert error={template.error} />;
  }
  if (!template.data) {
    return <Loader />;
  }
  const competency = (code: string) => competencies.data?.find((c) => c.code === code)?.name ?? code;
  const person = (id: string) =>
    people.data?.items.find((p) => p.id === id)?.fullName ?? t('questionnaires.unknownPerson');
  return (
    <Stack gap="md">
      {template.data.questions.map((q, i) => (
        <div key={q.id}>
          <Text size="sm" c="dimmed">
            {i + 1}. {q.text}
          </Text>
          <Answer question={q} value={response.answers[q.id]} competency={competency} person={person} />
        </div>
      ))}
    </Stack>
  );
}

function Answer({
  question: q,
  value,
  competency,
  person,
}: {
  question: Question;
  value: unknown;
  competency: (code: string) => string;
  person: (id: string) => string;
}) {
  const { t } = useTranslation();
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <Text c="dimmed">{t('questionnaires.noAnswer')}</Text>;
  }
  const option = (v: string) => q.options?.find((o) => o.value === v)?.label ?? v;
  const list = Array.isArray(value) ? value.map(String) : [String(value)];
  switch (q.type) {
    case 'SINGLE':
      return <Text>{option(list[0] ?? '')}</Text>;
    case 'MULTIPLE':
      return <Text>{list.map(option).join('; ')}</Text>;
    case 'SCALE':
      return <Text>{t('questionnaires.scaleAnswer', { value: list[0], max: q.max ?? 10 })}</Text>;
    case 'DATE':
      return <Text>{formatDate(list[0])}</Text>;
    case 'COMPETENCIES':
      return <Text>{list.map(competency).join('; ')}</Text>;
    case 'RANKING':
      return (
        <List type="ordered">
          {list.map((id) => (
            <List.Item key={id}>{person(id)}</List.Item>
          ))}
        </List>
      );
    case 'TEXT':
      return <Text style={{ whiteSpace: 'pre-wrap' }}>{list[0]}</Text>;
  }
}
