import {
  Button,
  Checkbox,
  Group,
  List,
  Radio,
  Stack,
  Stepper,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { ApiError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import { showSaveError } from '../../../lib/forms';
import { GOAL_RESULTS, OUTCOMES, useCompleteMentorship, type Completion } from '../api';
import { formField, initialValues, stepOf, steps, toInput, validateStep, type WizardValues } from '../wizard';

/**
 * Completing a pair in three steps: what became of each goal of its programme, the outcome with the final
 * meeting, and a review before the pair is completed for good.
 */
export function CompletionWizard({
  schoolId,
  draft,
  onDone,
}: {
  schoolId: string;
  draft: Completion;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const stepList = steps(draft);
  const [active, setActive] = useState(0);
  const mutation = useCompleteMentorship(schoolId, draft.mentorshipId);
  const form = useForm<WizardValues>({ initialValues: initialValues(draft) });
  const step = stepList[active] ?? 'review';

  const next = () => {
    const errors = validateStep(step, form.values, t);
    form.setErrors(errors);
    if (Object.keys(errors).length === 0) {
      setActive((a) => Math.min(a + 1, stepList.length - 1));
    }
  };

  const send = async () => {
    try {
      await mutation.mutateAsync(toInput(form.values, draft.version));
      notifications.show({ color: 'green', message: t('completion.done') });
      onDone();
    } catch (error) {
      if (error instanceof ApiError) {
        const fields = Object.keys(error.fieldErrors());
        const back = fields.length > 0 ? stepList.indexOf(stepOf(formField(fields[0] ?? ''))) : -1;
        if (back >= 0) {
          setActive(back);
        }
      }
      showSaveError(form, error, aliases(error));
    }
  };

  const submit = () => confirmAction(t('completion.confirm'), t('completion.submit'), () => void send());

  return (
    <Stack>
      <Stepper active={active} onStepClick={(i) => i < active && setActive(i)} size="sm">
        {stepList.map((s) => (
          <Stepper.Step
            key={s}
            label={t(`completion.steps.${s}`)}
            description={t(`completion.steps.${s}Hint`)}
          >
            {s === 'goals' && <GoalsStep form={form} />}
            {s === 'outcome' && <OutcomeStep form={form} draft={draft} />}
            {s === 'review' && <Review values={form.values} />}
          </Stepper.Step>
        ))}
      </Stepper>
      {!draft.hasProgramme && active === 0 && <Text size="sm">{t('completion.noGoals')}</Text>}
      <Group justify="space-between">
        <Button variant="default" onClick={active === 0 ? onDone : () => setActive(active - 1)}>
          {active === 0 ? t('common.cancel') : t('completion.back')}
        </Button>
        {step === 'review' ? (
          <Button onClick={submit} loading={mutation.isPending}>
            {t('completion.submit')}
          </Button>
        ) : (
          <Button onClick={next}>{t('completion.next')}</Button>
        )}
      </Group>
    </Stack>
  );
}

/** The server's field names as the form's, for the errors it sends back. */
function aliases(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) {
    return {};
  }
  return Object.fromEntries(Object.keys(error.fieldErrors()).map((f) => [f, formField(f)]));
}

type WizardForm = UseFormReturnType<WizardValues>;

function GoalsStep({ form }: { form: WizardForm }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" mt="md">
      {form.values.goals.map((g, i) => (
        <Stack key={g.goalId} gap="xs">
          <Radio.Group
            label={g.title}
            description={g.tasks ? t('completion.tasks', { tasks: g.tasks }) : undefined}
            withAsterisk
            {...form.getInputProps(`goals.${i}.result`)}
          >
            <Group mt="xs">
              {GOAL_RESULTS.map((r) => (
                <Radio key={r} value={r} label={t(`completion.goalResults.${r}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('completion.fields.note')}
            aria-label={`${t('completion.fields.note')}: ${g.title}`}
            autosize
            minRows={1}
            {...form.getInputProps(`goals.${i}.note`)}
          />
        </Stack>
      ))}
    </Stack>
  );
}

function OutcomeStep({ form, draft }: { form: WizardForm; draft: Completion }) {
  const { t } = useTranslation();
  const meeting = draft.finalMeeting;
  return (
    <Stack mt="md">
      <Radio.Group label={t('completion.fields.outcome')} withAsterisk {...form.getInputProps('outcome')}>
        <Group mt="xs">
          {OUTCOMES.map((o) => (
            <Radio key={o} value={o} label={t(`completion.outcomes.${o}`)} />
          ))}
        </Group>
      </Radio.Group>
      {form.values.outcome !== '' && form.values.outcome !== 'EFFECTIVE' && (
        <Textarea
          label={t('completion.fields.outcomeReason')}
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('outcomeReason')}
        />
      )}
      <Checkbox
        label={t('completion.fields.finalMeetingHeld')}
        description={
          meeting
            ? t('completion.diaryFinal', { date: formatDate(meeting.heldOn) ?? '', topic: meeting.topic })
            : t('completion.diaryNoFinal')
        }
        {...form.getInputProps('finalMeetingHeld', { type: 'checkbox' })}
      />
      <TextInput
        type="date"
        label={t('completion.fields.endedOn')}
        withAsterisk
        {...form.getInputProps('endedOn')}
      />
      <Textarea
        label={t('completion.fields.comment')}
        autosize
        minRows={2}
        {...form.getInputProps('comment')}
      />
    </Stack>
  );
}

function Review({ values }: { values: WizardValues }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('completion.results.outcome'), values.outcome ? t(`completion.outcomes.${values.outcome}`) : '—'],
    ...(values.outcome !== 'EFFECTIVE' && values.outcomeReason.trim()
      ? [[t('completion.results.reason'), values.outcomeReason.trim()] as [string, string]]
      : []),
    [
      t('completion.results.finalMeeting'),
      values.finalMeetingHeld ? t('completion.results.held') : t('completion.results.notHeld'),
    ],
    [t('completion.results.completedOn'), formatDate(values.endedOn) ?? '—'],
    ...(values.comment.trim()
      ? [[t('completion.results.comment'), values.comment.trim()] as [string, string]]
      : []),
  ];
  return (
    <Stack mt="md" gap="sm">
      {values.goals.length > 0 && (
        <List spacing={4} aria-label={t('completion.steps.goals')}>
          {values.goals.map((g) => (
            <List.Item key={g.goalId}>
              <Text span fw={500}>
                {g.title}
              </Text>
              {': '}
              {g.result ? t(`completion.goalResults.${g.result}`) : '—'}
              {g.note.trim() && ` (${g.note.trim()})`}
            </List.Item>
          ))}
        </List>
      )}
      {rows.map(([label, value]) => (
        <Text key={label}>
          <Text span fw={500}>
            {label}:
          </Text>{' '}
          {value}
        </Text>
      ))}
    </Stack>
  );
}
