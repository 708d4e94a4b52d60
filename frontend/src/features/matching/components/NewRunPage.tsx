import {
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Slider,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { showSaveError } from '../../../lib/forms';
import { MENTORING_FORMS } from '../../../lib/mentoringForms';
import {
  ADULT_FORMS,
  CRITERIA,
  DEFAULT_WEIGHTS,
  PAIR_KINDS,
  WEIGHT_OF,
  useStartRun,
  type MatchRunInput,
  type MatchScope,
  type MatchWeights,
  type MentoringForm,
  type MentorshipKind,
  type MentorshipShape,
} from '../api';
import { weightShares } from './runLogic';

export interface RunValues {
  form: MentoringForm | null;
  shape: MentorshipShape;
  kind: MentorshipKind;
  weights: MatchWeights;
  method: NonNullable<MatchRunInput['method']>;
}

/** What the number field holds as a weight: Mantine gives text for "" or "090". */
function toWeight(v: number | string): number {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : 0;
}

export function toRunInput(v: RunValues): MatchRunInput {
  if (!v.form) {
    throw new Error('The form is validated before submitting');
  }
  return { form: v.form, shape: v.shape, kind: v.kind, weights: v.weights, method: v.method };
}

/** The curator chooses the form, pairs or groups, the kind pairs get and how much each criterion weighs. */
export function NewRunPage({ scope }: { scope: MatchScope }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartRun(scope);
  const forms = scope.kind === 'municipality' ? ADULT_FORMS : MENTORING_FORMS;
  const form = useForm<RunValues>({
    initialValues: {
      form: null,
      shape: 'PAIR',
      kind: 'TRADITIONAL',
      weights: { ...DEFAULT_WEIGHTS },
      method: 'OPTIMAL',
    },
    validate: {
      form: (v) => (v ? null : t('matching.validation.form')),
      weights: (w) => (CRITERIA.some((c) => w[WEIGHT_OF[c]] > 0) ? null : t('matching.validation.weights')),
    },
  });
  const shares = weightShares(form.values.weights);

  const submit = form.onSubmit(async (values) => {
    try {
      const detail = await start.mutateAsync(toRunInput(values));
      navigate(`/matching/${detail.run.id}`);
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <Stack>
      <Title order={1}>{t('matching.startTitle')}</Title>
      <Text c="dimmed">
        {scope.kind === 'municipality' ? t('matching.municipalHint') : t('matching.hint')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Paper withBorder p="md">
            <Stack>
              <Select
                label={t('matching.form')}
                description={scope.kind === 'municipality' ? t('matching.municipalForms') : undefined}
                withAsterisk
                data={forms.map((f) => ({ value: f, label: t(`forms.${f}`) }))}
                {...form.getInputProps('form')}
              />
              <Radio.Group label={t('matching.shape')} {...form.getInputProps('shape')}>
                <Stack gap="xs" mt="xs">
                  <Radio value="PAIR" label={t('matchShapes.PAIR')} />
                  <Radio value="GROUP" label={t('matchShapes.GROUP')} />
                </Stack>
              </Radio.Group>
              <Select
                label={t('matching.kind')}
                description={t('matching.kindHint')}
                data={PAIR_KINDS.map((k) => ({ value: k, label: t(`mentorshipKinds.${k}`) }))}
                allowDeselect={false}
                {...form.getInputProps('kind')}
              />
              <Radio.Group
                label={t('matching.methods.startWith')}
                description={t('matching.methods.startWithHint')}
                {...form.getInputProps('method')}
              >
                <Stack gap="xs" mt="xs">
                  <Radio value="OPTIMAL" label={t('matching.methods.OPTIMAL')} />
                  <Radio value="STABLE" label={t('matching.methods.STABLE')} />
                </Stack>
              </Radio.Group>
              <Text size="sm" c="dimmed">
                {t('matching.methods.explain')}
              </Text>
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack>
              <Group justify="space-between">
                <div>
                  <Title order={2} size="h3">
                    {t('matching.weightsTitle')}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('matching.weightsHint')}
                  </Text>
                </div>
                <Button
                  variant="subtle"
                  onClick={() => form.setFieldValue('weights', { ...DEFAULT_WEIGHTS })}
                >
                  {t('matching.defaults')}
                </Button>
              </Group>
              {CRITERIA.map((c) => {
                const field = `weights.${WEIGHT_OF[c]}`;
                const value = form.values.weights[WEIGHT_OF[c]];
                return (
                  <SimpleGrid key={c} cols={{ base: 1, sm: 3 }} verticalSpacing={4}>
                    <div>
                      <Text size="sm" fw={500}>
                        {t(`criteria.${c}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`criteriaHints.${c}`)}
                      </Text>
                    </div>
                    <Slider
                      thumbLabel={t(`criteria.${c}`)}
                      min={0}
                      max={100}
                      step={5}
                      value={Math.min(value, 100)}
                      onChange={(v) => form.setFieldValue(field, v)}
                      label={(v) => v}
                      mt="sm"
                    />
                    <Group gap="xs" wrap="nowrap">
                      <NumberInput
                        aria-label={t('matching.weightOf', { criterion: t(`criteria.${c}`) })}
                        min={0}
                        max={1000}
                        clampBehavior="strict"
                        allowDecimal={false}
                        w={90}
                        value={value}
                        onChange={(v) => form.setFieldValue(field, toWeight(v))}
                        error={form.errors[field]}
                      />
                      <Text size="sm" c="dimmed" w={48} ta="right" data-testid={`share-${c}`}>
                        {t('matching.share', { value: shares[c] })}
                      </Text>
                    </Group>
                  </SimpleGrid>
                );
              })}
              {form.errors.weights && (
                <Text c="red" size="sm" role="alert">
                  {form.errors.weights}
                </Text>
              )}
            </Stack>
          </Paper>
          <Group>
            <Button type="submit" loading={start.isPending}>
              {start.isPending ? t('matching.running') : t('matching.submit')}
            </Button>
            <Button component={Link} to="/matching" variant="default">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
