import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  Loader,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { ApiError, describeError } from '../../../lib/api/problem';
import { moveItem } from '../../../lib/arrays';
import { useCompetencies } from '../../../lib/competencies';
import { MENTORING_FORMS } from '../../../lib/mentoringForms';
import {
  AUDIENCES,
  FEEDS,
  PURPOSES,
  QUESTION_TYPES,
  useSaveTemplate,
  useTemplate,
  type Audience,
  type MentoringForm,
  type Purpose,
  type Question,
  type QuestionType,
  type Template,
  type TemplateInput,
} from '../api';
import { QuestionnaireForm, type Answers } from './QuestionnaireForm';

export interface OptionDraft {
  value: string;
  label: string;
}

export interface QuestionDraft {
  id: string;
  type: QuestionType;
  text: string;
  required: boolean;
  options: OptionDraft[];
  min: number | string;
  max: number | string;
  feeds: string | null;
}

export interface TemplateDraft {
  title: string;
  description: string;
  audience: Audience;
  purpose: Purpose;
  form: MentoringForm | null;
  questions: QuestionDraft[];
}

const WITH_OPTIONS: QuestionType[] = ['SINGLE', 'MULTIPLE'];
const FORM_FEEDS = ['formsAccepted', 'desiredForms'];

export function toDraft(template?: Template): TemplateDraft {
  return {
    title: template?.title ?? '',
    description: template?.description ?? '',
    audience: template?.audience ?? 'MENTEE',
    purpose: template?.purpose ?? 'REQUEST',
    form: template?.form ?? null,
    questions: (template?.questions ?? []).map((q) => ({
      id: q.id,
      type: q.type,
      text: q.text,
      required: q.required ?? false,
      options: q.options ?? [],
      min: q.min ?? 1,
      max: q.max ?? 10,
      feeds: q.feeds ?? null,
    })),
  };
}

/** A question code nobody in this questionnaire uses yet: q1, q2, ... */
export function nextQuestionId(questions: QuestionDraft[]): string {
  const taken = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (taken.has(`q${n}`)) n += 1;
  return `q${n}`;
}

export function newQuestion(questions: QuestionDraft[], type: QuestionType = 'SINGLE'): QuestionDraft {
  return {
    id: nextQuestionId(questions),
    type,
    text: '',
    required: true,
    options: WITH_OPTIONS.includes(type)
      ? [
          { value: '1', label: '' },
          { value: '2', label: '' },
        ]
      : [],
    min: 1,
    max: 10,
    feeds: null,
  };
}

function emptyOption(options: OptionDraft[]): OptionDraft {
  const taken = new Set(options.map((o) => o.value));
  let n = options.length + 1;
  while (taken.has(String(n))) n += 1;
  return { value: String(n), label: '' };
}

/** The question as the API stores it: only the fields its type uses. */
export function toQuestion(q: QuestionDraft): Question {
  return {
    id: q.id.trim(),
    type: q.type,
    text: q.text.trim(),
    required: q.required,
    options: WITH_OPTIONS.includes(q.type)
      ? q.options.map((o) => ({ value: o.value.trim(), label: o.label.trim() }))
      : undefined,
    min: q.type === 'SCALE' ? Number(q.min) : undefined,
    max: q.type === 'SCALE' ? Number(q.max) : undefined,
    feeds: q.feeds ?? undefined,
  };
}

export function toInput(d: TemplateDraft, version?: number): TemplateInput {
  return {
    title: d.title.trim(),
    description: d.description.trim() || undefined,
    audience: d.audience,
    purpose: d.purpose,
    form: d.form ?? undefined,
    questions: d.questions.map(toQuestion),
    version,
  };
}

/** Checks that need no server, reported with the same field names the API uses. */
export function checkDraft(d: TemplateDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!d.title.trim()) errors.title = 'Укажите название анкеты';
  if (d.questions.length === 0) errors.questions = 'Добавьте хотя бы один вопрос';
  d.questions.forEach((q, i) => {
    if (!q.text.trim()) errors[`questions[${i}].text`] = 'Введите текст вопроса';
    if (WITH_OPTIONS.includes(q.type) && q.options.filter((o) => o.label.trim()).length < 2) {
      errors[`questions[${i}].options`] = 'Нужно хотя бы два варианта ответа';
    } else if (WITH_OPTIONS.includes(q.type) && q.options.some((o) => !o.label.trim() || !o.value.trim())) {
      errors[`questions[${i}].options`] = 'У каждого варианта должны быть код и текст';
    }
  });
  return errors;
}

export function TemplateBuilderPage() {
  const { id } = useParams();
  const template = useTemplate(id ?? '');
  if (id && template.error) {
    return <ErrorAlert error={template.error} />;
  }
  if (id && !template.data) {
    return <Loader />;
  }
  return <TemplateBuilder key={id ?? 'new'} template={id ? template.data : undefined} />;
}

function TemplateBuilder({ template }: { template?: Template }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const competencies = useCompetencies();
  const save = useSaveTemplate();
  const [draft, setDraft] = useState<TemplateDraft>(() => toDraft(template));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<Answers>({});
  const set = (patch: Partial<TemplateDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setQuestion = (i: number, patch: Partial<QuestionDraft>) =>
    setDraft((d) => ({ ...d, questions: d.questions.map((q, k) => (k === i ? { ...q, ...patch } : q)) }));
  const move = (from: number, to: number) =>
    setDraft((d) => ({ ...d, questions: moveItem(d.questions, from, to) }));

  const onSave = async () => {
    const found = checkDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    try {
      const saved = await save.mutateAsync({ id: template?.id, body: toInput(draft, template?.version) });
      notifications.show({ color: 'green', message: t('common.saved') });
      navigate(`/questionnaires/${saved.id}`);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fieldErrors() : {};
      setErrors(fields);
      if (Object.keys(fields).length === 0) {
        notifications.show({ color: 'red', title: 'Не сохранено', message: describeError(error) });
      }
    }
  };

  return (
    <Stack>
      <Title order={1}>
        {template ? t('questionnaires.editTitle', { n: template.versionNo }) : t('questionnaires.new')}
      </Title>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <Paper withBorder p="md">
              <Stack>
                <TextInput
                  label={t('questionnaires.fields.title')}
                  withAsterisk
                  value={draft.title}
                  onChange={(e) => set({ title: e.currentTarget.value })}
                  error={errors.title}
                />
                <Textarea
                  label={t('questionnaires.fields.description')}
                  autosize
                  minRows={2}
                  value={draft.description}
                  onChange={(e) => set({ description: e.currentTarget.value })}
                  error={errors.description}
                />
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Select
                    label={t('questionnaires.fields.audience')}
                    data={AUDIENCES.map((a) => ({ value: a, label: t(`questionnaires.audiences.${a}`) }))}
                    value={draft.audience}
                    onChange={(v) => v && set({ audience: v as Audience })}
                    allowDeselect={false}
                  />
                  <Select
                    label={t('questionnaires.fields.purpose')}
                    data={PURPOSES.map((p) => ({ value: p, label: t(`questionnaires.purposes.${p}`) }))}
                    value={draft.purpose}
                    onChange={(v) => v && set({ purpose: v as Purpose })}
                    allowDeselect={false}
                  />
                  <Select
                    label={t('questionnaires.fields.form')}
                    placeholder={t('questionnaires.anyForm')}
                    data={MENTORING_FORMS.map((f) => ({ value: f, label: t(`forms.${f}`) }))}
                    value={draft.form}
                    onChange={(v) => set({ form: v as MentoringForm | null })}
                    clearable
                  />
                </SimpleGrid>
              </Stack>
            </Paper>
            {errors.questions && <Alert color="red">{errors.questions}</Alert>}
            {draft.questions.map((q, i) => (
              <QuestionEditor
                key={i}
                index={i}
                question={q}
                count={draft.questions.length}
                errors={errors}
                onChange={(patch) => setQuestion(i, patch)}
                onMove={(to) => move(i, to)}
                onRemove={() => setDraft((d) => ({ ...d, questions: d.questions.filter((_, k) => k !== i) }))}
              />
            ))}
            <Group>
              <Button
                variant="light"
                onClick={() =>
                  setDraft((d) => ({ ...d, questions: [...d.questions, newQuestion(d.questions)] }))
                }
              >
                {t('questionnaires.addQuestion')}
              </Button>
            </Group>
            <Group>
              <Button onClick={onSave} loading={save.isPending}>
                {t('common.save')}
              </Button>
              <Button
                variant="default"
                onClick={() => navigate(template ? `/questionnaires/${template.id}` : '/questionnaires')}
              >
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder p="md" bg="gray.0" pos="sticky" top={76}>
            <Stack>
              <Title order={2} size="h3">
                {t('questionnaires.preview')}
              </Title>
              <Text fw={600}>{draft.title || t('questionnaires.untitled')}</Text>
              {draft.questions.length === 0 ? (
                <Text c="dimmed">{t('questionnaires.previewEmpty')}</Text>
              ) : (
                <QuestionnaireForm
                  questions={draft.questions.map(toQuestion)}
                  value={preview}
                  onChange={setPreview}
                  competencies={competencies.data ?? []}
                  candidates={[
                    { id: 'preview-1', fullName: 'Иванова Анна (пример)' },
                    { id: 'preview-2', fullName: 'Петров Илья (пример)' },
                  ]}
                />
              )}
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

interface EditorProps {
  index: number;
  question: QuestionDraft;
  count: number;
  errors: Record<string, string>;
  onChange: (patch: Partial<QuestionDraft>) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

function QuestionEditor({ index, question: q, count, errors, onChange, onMove, onRemove }: EditorProps) {
  const { t } = useTranslation();
  const at = (field: string) => errors[`questions[${index}].${field}`];
  const feeds = FEEDS[q.type] ?? [];
  const formOptions = FORM_FEEDS.includes(q.feeds ?? '');
  const changeType = (type: QuestionType) =>
    onChange({
      type,
      feeds: null,
      options: WITH_OPTIONS.includes(type)
        ? q.options.length >= 2
          ? q.options
          : [
              { value: '1', label: '' },
              { value: '2', label: '' },
            ]
        : [],
    });
  const changeFeeds = (value: string | null) =>
    onChange({
      feeds: value,
      options: FORM_FEEDS.includes(value ?? '') ? [] : q.options,
    });
  return (
    <Paper
      withBorder
      p="md"
      aria-label={t('questionnaires.questionNo', { n: index + 1 })}
      component="section"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{t('questionnaires.questionNo', { n: index + 1 })}</Text>
          <Group gap={4}>
            <ActionIcon
              variant="subtle"
              aria-label={t('questionnaires.moveUp')}
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label={t('questionnaires.moveDown')}
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
            >
              ↓
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('questionnaires.removeQuestion')}
              onClick={onRemove}
            >
              ×
            </ActionIcon>
          </Group>
        </Group>
        <Textarea
          label={t('questionnaires.questionText')}
          autosize
          minRows={1}
          withAsterisk
          value={q.text}
          onChange={(e) => onChange({ text: e.currentTarget.value })}
          error={at('text')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('questionnaires.questionType')}
            data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`questionnaires.types.${type}`) }))}
            value={q.type}
            onChange={(v) => v && changeType(v as QuestionType)}
            allowDeselect={false}
            error={at('type')}
          />
          <TextInput
            label={t('questionnaires.questionCode')}
            value={q.id}
            onChange={(e) => onChange({ id: e.currentTarget.value })}
            error={at('id')}
          />
          <Select
            label={t('questionnaires.feeds')}
            placeholder={t('questionnaires.feedsNone')}
            data={feeds.map((f) => ({ value: f, label: t(`questionnaires.feedsFields.${f}`) }))}
            value={q.feeds}
            onChange={changeFeeds}
            clearable
            disabled={feeds.length === 0}
            error={at('feeds')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('questionnaires.required')}
          checked={q.required}
          onChange={(e) => onChange({ required: e.currentTarget.checked })}
        />
        {q.type === 'SCALE' && (
          <Group>
            <NumberInput
              label={t('questionnaires.scaleMin')}
              min={0}
              max={100}
              value={q.min}
              onChange={(v) => onChange({ min: v })}
              w={140}
            />
            <NumberInput
              label={t('questionnaires.scaleMax')}
              min={1}
              max={100}
              value={q.max}
              onChange={(v) => onChange({ max: v })}
              error={at('max')}
              w={140}
            />
          </Group>
        )}
        {WITH_OPTIONS.includes(q.type) && formOptions && (
          <MultiSelect
            label={t('questionnaires.formOptions')}
            data={MENTORING_FORMS.map((f) => ({ value: f, label: t(`forms.${f}`) }))}
            value={q.options.map((o) => o.value)}
            onChange={(values) =>
              onChange({ options: values.map((v) => ({ value: v, label: t(`forms.${v}`) })) })
            }
            error={at('options')}
          />
        )}
        {WITH_OPTIONS.includes(q.type) && !formOptions && (
          <OptionsEditor
            options={q.options}
            error={at('options')}
            onChange={(options) => onChange({ options })}
          />
        )}
      </Stack>
    </Paper>
  );
}

function OptionsEditor({
  options,
  error,
  onChange,
}: {
  options: OptionDraft[];
  error?: string;
  onChange: (options: OptionDraft[]) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<OptionDraft>) =>
    onChange(options.map((o, k) => (k === i ? { ...o, ...patch } : o)));
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('questionnaires.options')}
      </Text>
      {options.map((o, i) => (
        <Group key={i} gap="xs" wrap="nowrap">
          <TextInput
            aria-label={t('questionnaires.optionLabel', { n: i + 1 })}
            placeholder={t('questionnaires.optionLabelPlaceholder')}
            value={o.label}
            onChange={(e) => set(i, { label: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <TextInput
            aria-label={t('questionnaires.optionCode', { n: i + 1 })}
            value={o.value}
            onChange={(e) => set(i, { value: e.currentTarget.value })}
            w={90}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('questionnaires.removeOption')}
            onClick={() => onChange(options.filter((_, k) => k !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text size="sm" c="red">
          {error}
        </Text>
      )}
      <Group>
        <Button size="xs" variant="subtle" onClick={() => onChange([...options, emptyOption(options)])}>
          {t('questionnaires.addOption')}
        </Button>
      </Group>
    </Stack>
  );
}
