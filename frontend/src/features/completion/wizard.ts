import { today } from '../../lib/dates';
import type { Completion, CompletionInput, GoalResult, MentorshipOutcome } from './api';

export type Step = 'goals' | 'outcome' | 'review';

export interface GoalValues {
  goalId: string;
  title: string;
  tasks: string;
  result: GoalResult | '';
  note: string;
}

export interface WizardValues {
  goals: GoalValues[];
  outcome: MentorshipOutcome | '';
  outcomeReason: string;
  finalMeetingHeld: boolean;
  endedOn: string;
  comment: string;
}

/** Validation messages, looked up in the locale by key. */
export type Translate = (key: string, values?: Record<string, string>) => string;

/** The wizard starts from the programme's goals and the final meeting as the diary has it. */
export function initialValues(draft: Completion): WizardValues {
  return {
    goals: draft.goals.map((g) => ({
      goalId: g.goalId,
      title: g.title,
      tasks: g.tasks,
      result: '',
      note: '',
    })),
    outcome: '',
    outcomeReason: '',
    finalMeetingHeld: draft.finalMeetingHeld,
    endedOn: today(),
    comment: '',
  };
}

/** A pair without a programme, or with a programme without goals, has no goals to judge. */
export function steps(draft: Completion): Step[] {
  return draft.goals.length > 0 ? ['goals', 'outcome', 'review'] : ['outcome', 'review'];
}

/** The errors of one step, keyed by the form's field paths; empty when the step may be left. */
export function validateStep(step: Step, v: WizardValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (step === 'goals') {
    v.goals.forEach((g, i) => {
      if (!g.result) {
        errors[`goals.${i}.result`] = t('completion.validation.result', { title: g.title });
      }
    });
  }
  if (step === 'outcome') {
    if (!v.outcome) {
      errors.outcome = t('completion.validation.outcome');
    } else if (v.outcome !== 'EFFECTIVE' && !v.outcomeReason.trim()) {
      errors.outcomeReason = t('completion.validation.outcomeReason');
    }
    if (!v.endedOn) {
      errors.endedOn = t('completion.validation.endedOn');
    } else if (v.endedOn > today()) {
      errors.endedOn = t('completion.validation.future');
    }
  }
  return errors;
}

/** The step that shows a field, so that a refusal from the server takes the user back to it. */
export function stepOf(field: string): Step {
  return field.startsWith('goals') ? 'goals' : 'outcome';
}

/** The server names fields by JSON path (goals[1].result); the form by its own (goals.1.result). */
export function formField(serverField: string): string {
  const goal = /^goals\[(\d+)\](?:\.(\w+))?$/.exec(serverField);
  if (goal) {
    return `goals.${goal[1]}.${goal[2] === 'note' ? 'note' : 'result'}`;
  }
  return serverField;
}

export function toInput(v: WizardValues, version: number): CompletionInput {
  const reason = v.outcomeReason.trim();
  const comment = v.comment.trim();
  return {
    version,
    endedOn: v.endedOn,
    outcome: v.outcome as MentorshipOutcome,
    outcomeReason: v.outcome !== 'EFFECTIVE' && reason ? reason : undefined,
    finalMeetingHeld: v.finalMeetingHeld,
    goals: v.goals.map((g) => ({
      goalId: g.goalId,
      result: g.result as GoalResult,
      note: g.note.trim() || undefined,
    })),
    comment: comment || undefined,
  };
}
