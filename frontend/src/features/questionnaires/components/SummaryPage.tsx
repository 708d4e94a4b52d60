import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Pager } from '../../../components/ui/Pager';
import { SortableTh } from '../../../components/ui/SortableTh';
import { Chart } from '../../../components/ui/Chart';
import {
  useSummary,
  useTemplate,
  useTemplateResponses,
  type QuestionnaireResponse,
  type Summary,
  type Template,
} from '../api';
import { SubmittedAnswers } from './SubmittedAnswers';
import { useListControls } from '../../../lib/useListControls';

type QuestionSummary = Summary['questions'][number];

/** How one school answered one questionnaire version: counts per answer as charts, and the responses. */
export function SummaryPage({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const template = useTemplate(id);
  const summary = useSummary(schoolId, id);
  if (summary.error || template.error) {
    return <ErrorAlert error={summary.error ?? template.error} />;
  }
  if (!summary.data || !template.data) {
    return <Loader />;
  }
  const counted = summary.data.questions.filter((q) => q.counts.length > 0);
  const others = summary.data.questions.filter((q) => q.counts.length === 0);
  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={4}>
          <Title order={1}>{t('questionnaires.summaryOf', { title: summary.data.title })}</Title>
          <Text c="dimmed">{t('questionnaires.responsesCount', { count: summary.data.responses })}</Text>
        </Stack>
        <Button component={Link} to={`/questionnaires/${id}`} variant="default">
          {t('questionnaires.toTemplate')}
        </Button>
      </Group>
      {summary.data.responses === 0 ? (
        <EmptyState>{t('questionnaires.noAnswersYet')}</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {counted.map((q) => (
            <QuestionChart key={q.questionId} question={q} />
          ))}
          {others.map((q) => (
            <Paper key={q.questionId} withBorder p="md">
              <Text fw={600}>{q.text}</Text>
              <Text c="dimmed">{t('questionnaires.answeredCount', { count: q.answered })}</Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <ResponsesList schoolId={schoolId} template={template.data} />
    </Stack>
  );
}

function QuestionChart({ question: q }: { question: QuestionSummary }) {
  const { t } = useTranslation();
  const rows = q.type === 'SCALE' ? q.counts : [...q.counts].sort((a, b) => a.count - b.count);
  const horizontal = q.type !== 'SCALE';
  const option = {
    animation: false,
    grid: { left: horizontal ? 8 : 32, right: 24, top: 8, bottom: 24, containLabel: horizontal },
    tooltip: { trigger: 'axis' },
    xAxis: horizontal
      ? { type: 'value', minInterval: 1 }
      : { type: 'category', data: rows.map((c) => c.label) },
    yAxis: horizontal
      ? { type: 'category', data: rows.map((c) => truncate(c.label)) }
      : { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: rows.map((c) => c.count), name: t('questionnaires.answers') }],
  };
  return (
    <Paper withBorder p="md" aria-label={q.text} component="section">
      <Stack gap={4}>
        <Text fw={600}>{q.text}</Text>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('questionnaires.answeredCount', { count: q.answered })}
          </Text>
          {q.average != null && (
            <Badge variant="light">{t('questionnaires.average', { value: q.average.toFixed(1) })}</Badge>
          )}
        </Group>
        <Chart
          option={option}
          height={Math.max(180, rows.length * (horizontal ? 26 : 0) + 60)}
          label={`${q.text}: ${t('questionnaires.answers')}`}
        />
        <Table fz="xs" aria-label={`${q.text}: ${t('questionnaires.answers')}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('questionnaires.answerOption')}</Table.Th>
              <Table.Th ta="right">{t('questionnaires.answers')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.counts.map((c) => (
              <Table.Tr key={c.value}>
                <Table.Td>{c.label}</Table.Td>
                <Table.Td ta="right">{c.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

function truncate(label: string): string {
  return label.length > 40 ? `${label.slice(0, 39)}…` : label;
}

function ResponsesList({ schoolId, template }: { schoolId: string; template: Template }) {
  const { t } = useTranslation();
  const { page, size, sort, setSort, pager } = useListControls('submittedAt,desc');
  const [viewing, setViewing] = useState<QuestionnaireResponse | null>(null);
  const list = useTemplateResponses(schoolId, template.id, { page, size, sort });
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2}>{t('questionnaires.responses')}</Title>
        <ErrorAlert error={list.error} />
        <Table aria-label={t('questionnaires.responses')}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="participantName" sort={sort} onSort={setSort}>
                {t('participants.fields.fullName')}
              </SortableTh>
              <SortableTh field="submittedAt" sort={sort} onSort={setSort}>
                {t('questionnaires.submittedAt')}
              </SortableTh>
              <Table.Th>{t('questionnaires.channel')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/participants/${r.participantId}`}>
                    {r.participantName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{new Date(r.submittedAt).toLocaleString('ru-RU')}</Table.Td>
                <Table.Td>{t(`questionnaires.channels.${r.channel}`)}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setViewing(r)}>
                    {t('questionnaires.showAnswers')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && (
          <EmptyState>{t('questionnaires.noResponses')}</EmptyState>
        )}
        {list.data && <Pager total={list.data.total} {...pager} />}
      </Stack>
      <Modal
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        title={viewing?.participantName}
        size="xl"
      >
        {viewing && <SubmittedAnswers schoolId={schoolId} response={viewing} />}
      </Modal>
    </Paper>
  );
}
