import {
  ActionIcon,
  Checkbox,
  Chip,
  Group,
  Input,
  MultiSelect,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { moveItem } from '../../../lib/arrays';
import type { Question } from '../api';

export type AnswerValue = string | number | string[] | undefined;
export type Answers = Record<string, AnswerValue>;

export interface Competency {
  code: string;
  name: string;
  area: string;
}

export interface Candidate {
  id: string;
  fullName: string;
}

interface Props {
  questions: Question[];
  value: Answers;
  onChange: (value: Answers) => void;
  /** Messages by question id. */
  errors?: Record<string, string>;
  competencies: Competency[];
  candidates: Candidate[];
  disabled?: boolean;
}

const TEXT_LIMIT = 5000;

function isBlank(v: AnswerValue): boolean {
  return (
    v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0)
  );
}

/** What the API receives: unanswered questions left out, text trimmed. */
export function toAnswers(questions: Question[], value: Answers): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const q of questions) {
    const v = value[q.id];
    if (!isBlank(v)) {
      result[q.id] = typeof v === 'string' ? v.trim() : v;
    }
  }
  return result;
}

/** The checks that need no server: required answers and the length of free text. */
export function checkAnswers(questions: Question[], value: Answers): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const q of questions) {
    const v = value[q.id];
    if (isBlank(v)) {
      if (q.required) {
        errors[q.id] = 'Ответьте на обязательный вопрос';
      }
    } else if (q.type === 'TEXT' && typeof v === 'string' && v.length > TEXT_LIMIT) {
      errors[q.id] = `Ответ — текст не длиннее ${TEXT_LIMIT} символов`;
    }
  }
  return errors;
}

/** Answers being given and the messages about them; answering a question clears its message. */
export function useAnswers() {
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = (next: Answers) => {
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([id]) => next[id] === answers[id])),
    );
    setAnswers(next);
  };
  return { answers, errors, setErrors, change };
}

/** Server field errors name answers as "answers.<question id>". */
export function answerErrors(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([k]) => k.startsWith('answers.'))
      .map(([k, v]) => [k.slice('answers.'.length), v]),
  );
}

/** Renders the questions of one questionnaire version; used for preview, paper entry and the fill page. */
export function QuestionnaireForm({
  questions,
  value,
  onChange,
  errors = {},
  competencies,
  candidates,
  disabled,
}: Props) {
  const set = (id: string, v: AnswerValue) => onChange({ ...value, [id]: v });
  return (
    <Stack gap="lg">
      {questions.map((q, i) => (
        <Paper key={q.id} withBorder p="md" radius="md">
          <QuestionField
            number={i + 1}
            question={q}
            value={value[q.id]}
            onChange={(v) => set(q.id, v)}
            error={errors[q.id]}
            competencies={competencies}
            candidates={candidates}
            disabled={disabled}
          />
        </Paper>
      ))}
    </Stack>
  );
}

interface FieldProps {
  number: number;
  question: Question;
  value: AnswerValue;
  onChange: (v: AnswerValue) => void;
  error?: string;
  competencies: Competency[];
  candidates: Candidate[];
  disabled?: boolean;
}

function QuestionField({
  number,
  question: q,
  value,
  onChange,
  error,
  competencies,
  candidates,
  disabled,
}: FieldProps) {
  const { t } = useTranslation();
  const label = `${number}. ${q.text}`;
  const common = { label, withAsterisk: q.required, error, disabled };
  switch (q.type) {
    case 'SINGLE':
      return (
        <Radio.Group {...common} value={(value as string) ?? null} onChange={(v) => onChange(v)}>
          <Stack gap="xs" mt="xs">
            {(q.options ?? []).map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} disabled={disabled} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'MULTIPLE':
      return (
        <Checkbox.Group {...common} value={(value as string[]) ?? []} onChange={(v) => onChange(v)}>
          <Stack gap="xs" mt="xs">
            {(q.options ?? []).map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} disabled={disabled} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'SCALE': {
      const min = q.min ?? 1;
      const max = q.max ?? 10;
      const steps = Array.from({ length: max - min + 1 }, (_, k) => String(min + k));
      return (
        <Input.Wrapper {...common} description={t('questionnaires.scaleHint', { min, max })}>
          <Chip.Group
            multiple={false}
            value={value === undefined ? null : String(value)}
            onChange={(v) => onChange(Number(v))}
          >
            <Group gap={6} mt="xs" role="radiogroup" aria-label={label}>
              {steps.map((s) => (
                <Chip key={s} value={s} disabled={disabled} size="sm">
                  {s}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
      );
    }
    case 'TEXT':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          maxLength={TEXT_LIMIT}
          value={(value as string) ?? ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'DATE':
      return (
        <TextInput
          {...common}
          type="date"
          value={(value as string) ?? ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'COMPETENCIES':
      return (
        <MultiSelect
          {...common}
          searchable
          placeholder={((value as string[]) ?? []).length ? undefined : t('questionnaires.pickCompetencies')}
          data={groupByArea(competencies)}
          value={(value as string[]) ?? []}
          onChange={(v) => onChange(v)}
        />
      );
    case 'RANKING':
      return (
        <Ranking {...common} value={(value as string[]) ?? []} onChange={onChange} candidates={candidates} />
      );
  }
}

function groupByArea(competencies: Competency[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const c of competencies) {
    groups.set(c.area, [...(groups.get(c.area) ?? []), { value: c.code, label: c.name }]);
  }
  return [...groups.entries()].map(([group, items]) => ({ group, items }));
}

interface RankingProps {
  label: string;
  withAsterisk?: boolean;
  error?: string;
  disabled?: boolean;
  value: string[];
  onChange: (v: string[]) => void;
  candidates: Candidate[];
}

/** An ordered choice of people: most wanted first, reordered with arrows. */
function Ranking({ label, withAsterisk, error, disabled, value, onChange, candidates }: RankingProps) {
  const { t } = useTranslation();
  const name = (id: string) => candidates.find((c) => c.id === id)?.fullName ?? id;
  const move = (from: number, to: number) => onChange(moveItem(value, from, to));
  const rest = candidates.filter((c) => !value.includes(c.id));
  return (
    <Input.Wrapper label={label} withAsterisk={withAsterisk} error={error}>
      <Stack gap={6} mt="xs">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('questionnaires.rankingEmpty')}
          </Text>
        )}
        {value.map((id, i) => (
          <Group key={id} gap="xs" wrap="nowrap" data-testid="ranked">
            <Text fw={600} w={24}>
              {i + 1}.
            </Text>
            <Text style={{ flex: 1 }}>{name(id)}</Text>
            <ActionIcon
              variant="subtle"
              aria-label={t('questionnaires.moveUp')}
              disabled={disabled || i === 0}
              onClick={() => move(i, i - 1)}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label={t('questionnaires.moveDown')}
              disabled={disabled || i === value.length - 1}
              onClick={() => move(i, i + 1)}
            >
              ↓
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('questionnaires.removeRanked')}
              disabled={disabled}
              onClick={() => onChange(value.filter((v) => v !== id))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Select
          aria-label={t('questionnaires.addRanked')}
          placeholder={rest.length ? t('questionnaires.addRanked') : t('questionnaires.nobodyToRank')}
          data={rest.map((c) => ({ value: c.id, label: c.fullName }))}
          value={null}
          onChange={(v) => v && onChange([...value, v])}
          searchable
          disabled={disabled || rest.length === 0}
        />
      </Stack>
    </Input.Wrapper>
  );
}
