import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { ShownOnceLink } from '../../../components/ui/ShownOnceLink';
import type { Schemas } from '../../../lib/api/client';
import { ApiError, describeError } from '../../../lib/api/problem';
import { useCompetencies } from '../../../lib/competencies';
import {
  useCreateFillLink,
  useFillLinks,
  useParticipantResponses,
  useRankCandidates,
  useRevokeFillLink,
  useSubmitResponse,
  useTemplate,
  useTemplates,
  type Audience,
  type FillLink,
  type QuestionnaireResponse,
  type Template,
} from '../api';
import { answerErrors, checkAnswers, QuestionnaireForm, toAnswers, useAnswers } from './QuestionnaireForm';
import { SubmittedAnswers } from './SubmittedAnswers';

type Participant = Schemas['Participant'];

const STATUS_COLORS: Record<FillLink['status'], string> = {
  ACTIVE: 'green',
  USED: 'blue',
  REVOKED: 'gray',
  EXPIRED: 'orange',
};

function formatDateTime(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short' }) : '—';
}

/** Questionnaires a participant may answer: their side of the programme (or both sides), published. */
function audiences(p: Participant): Audience[] {
  const result: Audience[] = ['BOTH'];
  if (p.mentorCandidate) result.push('MENTOR');
  if (p.menteeCandidate) result.push('MENTEE');
  return result;
}

function useAnswerableTemplates(p: Participant) {
  const list = useTemplates({ status: 'PUBLISHED', page: 0, size: 100, sort: 'title,asc' });
  const allowed = audiences(p);
  const templates = (list.data?.items ?? []).filter((tpl) => allowed.includes(tpl.audience));
  return { templates, isPending: list.isPending, error: list.error };
}

/** Whom this participant may rank: the other side of the programme in the school, with consent. */
function useCandidates(schoolId: string, p: Participant, enabled: boolean) {
  const role = p.mentorCandidate && p.menteeCandidate ? undefined : p.menteeCandidate ? 'mentor' : 'mentee';
  const list = useRankCandidates(schoolId, role, enabled);
  return (list.data?.items ?? [])
    .filter((c) => c.id !== p.id)
    .map((c) => ({ id: c.id, fullName: c.fullName }));
}

export function ParticipantQuestionnaires({
  schoolId,
  participant,
}: {
  schoolId: string;
  participant: Participant;
}) {
  const { t } = useTranslation();
  const [paperOpened, paper] = useDisclosure(false);
  const [linkOpened, link] = useDisclosure(false);
  if (participant.consentStatus !== 'VALID') {
    return null;
  }
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2}>{t('questionnaires.ofParticipant')}</Title>
          <Group>
            <Button variant="default" onClick={paper.open}>
              {t('questionnaires.enterPaper')}
            </Button>
            <Button onClick={link.open}>{t('questionnaires.sendLink')}</Button>
          </Group>
        </Group>
        <ResponsesTable schoolId={schoolId} participant={participant} />
        <FillLinksTable schoolId={schoolId} participantId={participant.id} />
      </Stack>
      <Modal opened={paperOpened} onClose={paper.close} title={t('questionnaires.enterPaper')} size="xl">
        {paperOpened && <PaperEntry schoolId={schoolId} participant={participant} onDone={paper.close} />}
      </Modal>
      <Modal opened={linkOpened} onClose={link.close} title={t('questionnaires.sendLink')} size="lg">
        {linkOpened && <SendLink schoolId={schoolId} participant={participant} />}
      </Modal>
    </Paper>
  );
}

function ResponsesTable({ schoolId, participant }: { schoolId: string; participant: Participant }) {
  const { t } = useTranslation();
  const responses = useParticipantResponses(schoolId, participant.id);
  const [viewing, setViewing] = useState<QuestionnaireResponse | null>(null);
  const rows = responses.data ?? [];
  return (
    <Stack gap="xs">
      <Title order={3}>{t('questionnaires.responses')}</Title>
      <ErrorAlert error={responses.error} />
      {responses.data && rows.length === 0 && <EmptyState>{t('questionnaires.noResponses')}</EmptyState>}
      {rows.length > 0 && (
        <Table aria-label={t('questionnaires.responses')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('questionnaires.fields.title')}</Table.Th>
              <Table.Th>{t('questionnaires.submittedAt')}</Table.Th>
              <Table.Th>{t('questionnaires.channel')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  {r.templateTitle}{' '}
                  <Text span c="dimmed" size="sm">
                    {t('questionnaires.versionNo', { n: r.templateVersionNo })}
                  </Text>{' '}
                  {r.superseded && (
                    <Badge color="gray" variant="light">
                      {t('questionnaires.superseded')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatDateTime(r.submittedAt)}</Table.Td>
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
      )}
      <Modal
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        title={viewing?.templateTitle}
        size="xl"
      >
        {viewing && <SubmittedAnswers schoolId={schoolId} response={viewing} />}
      </Modal>
    </Stack>
  );
}

function TemplateSelect({
  participant,
  value,
  onChange,
}: {
  participant: Participant;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const { templates, error } = useAnswerableTemplates(participant);
  return (
    <>
      <ErrorAlert error={error} />
      <Select
        label={t('questionnaires.choose')}
        searchable
        data={templates.map((tpl) => ({ value: tpl.id, label: tpl.title }))}
        value={value}
        onChange={onChange}
        nothingFoundMessage={t('common.nothingFound')}
      />
    </>
  );
}

function PaperEntry({
  schoolId,
  participant,
  onDone,
}: {
  schoolId: string;
  participant: Participant;
  onDone: () => void;
}) {
  const [templateId, setTemplateId] = useState<string | null>(null);
  const template = useTemplate(templateId ?? '');
  return (
    <Stack>
      <TemplateSelect participant={participant} value={templateId} onChange={setTemplateId} />
      {templateId && template.data && (
        <PaperAnswers
          key={templateId}
          schoolId={schoolId}
          participant={participant}
          template={template.data}
          onDone={onDone}
        />
      )}
    </Stack>
  );
}

function PaperAnswers({
  schoolId,
  participant,
  template,
  onDone,
}: {
  schoolId: string;
  participant: Participant;
  template: Template;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const competencies = useCompetencies();
  const candidates = useCandidates(
    schoolId,
    participant,
    template.questions.some((q) => q.type === 'RANKING'),
  );
  const submit = useSubmitResponse(schoolId, participant.id);
  const { answers, errors, setErrors, change } = useAnswers();
  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = checkAnswers(template.questions, answers);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    try {
      await submit.mutateAsync({
        templateId: template.id,
        answers: toAnswers(template.questions, answers),
      });
      notifications.show({ color: 'green', message: t('questionnaires.saved') });
      onDone();
    } catch (error) {
      const fields = error instanceof ApiError ? answerErrors(error.fieldErrors()) : {};
      setErrors(fields);
      if (Object.keys(fields).length === 0) {
        notifications.show({ color: 'red', message: describeError(error) });
      }
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {template.description && <Text c="dimmed">{template.description}</Text>}
        <QuestionnaireForm
          questions={template.questions}
          value={answers}
          onChange={change}
          errors={errors}
          competencies={competencies.data ?? []}
          candidates={candidates}
        />
        <Button type="submit" loading={submit.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}

function SendLink({ schoolId, participant }: { schoolId: string; participant: Participant }) {
  const { t } = useTranslation();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [validDays, setValidDays] = useState<number | string>(14);
  const create = useCreateFillLink(schoolId, participant.id);
  const [error, setError] = useState<string | null>(null);
  const created = create.data;
  if (created?.url) {
    return (
      <ShownOnceLink
        title={t('questionnaires.linkCreated')}
        notice={t('questionnaires.linkOnce', { date: formatDateTime(created.expiresAt) })}
        label={t('questionnaires.linkAddress')}
        url={created.url}
        copyLabel={t('questionnaires.copy')}
        copiedLabel={t('questionnaires.copied')}
      />
    );
  }
  const onCreate = async () => {
    if (!templateId) {
      setError(t('questionnaires.chooseFirst'));
      return;
    }
    setError(null);
    try {
      await create.mutateAsync({ templateId, validDays: Number(validDays) || undefined });
    } catch (e) {
      const fields = e instanceof ApiError ? e.fieldErrors() : {};
      setError(Object.values(fields)[0] ?? describeError(e));
    }
  };
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('questionnaires.linkHint')}
      </Text>
      <TemplateSelect participant={participant} value={templateId} onChange={setTemplateId} />
      <NumberInput
        label={t('questionnaires.validDays')}
        min={1}
        max={60}
        value={validDays}
        onChange={setValidDays}
      />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Button onClick={onCreate} loading={create.isPending}>
        {t('questionnaires.createLink')}
      </Button>
    </Stack>
  );
}

function FillLinksTable({ schoolId, participantId }: { schoolId: string; participantId: string }) {
  const { t } = useTranslation();
  const links = useFillLinks(schoolId, participantId);
  const revoke = useRevokeFillLink(schoolId, participantId);
  const rows = links.data ?? [];
  if (links.data && rows.length === 0) {
    return null;
  }
  return (
    <Stack gap="xs">
      <Title order={3}>{t('questionnaires.links')}</Title>
      <ErrorAlert error={links.error} />
      <Table aria-label={t('questionnaires.links')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('questionnaires.fields.title')}</Table.Th>
            <Table.Th>{t('questionnaires.sentAt')}</Table.Th>
            <Table.Th>{t('questionnaires.expiresAt')}</Table.Th>
            <Table.Th>{t('questionnaires.linkStatus')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{l.templateTitle}</Table.Td>
              <Table.Td>{formatDateTime(l.createdAt)}</Table.Td>
              <Table.Td>{formatDateTime(l.expiresAt)}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[l.status]} variant="light">
                  {t(`questionnaires.linkStatuses.${l.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {l.status === 'ACTIVE' && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() =>
                      confirmAction(t('questionnaires.revokeConfirm'), t('questionnaires.revoke'), () =>
                        revoke.mutate(l.id, {
                          onError: (e) => notifications.show({ color: 'red', message: describeError(e) }),
                        }),
                      )
                    }
                  >
                    {t('questionnaires.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
