import { describe, expect, it } from 'vitest';

import i18n from '../../lib/i18n';
import { today } from '../../lib/dates';
import type { Completion } from './api';
import { formField, initialValues, stepOf, steps, toInput, validateStep, type WizardValues } from './wizard';

const t = (key: string, values?: Record<string, string>) => i18n.t(key, values);

const draft: Completion = {
  mentorshipId: 'p1',
  recorded: false,
  finalMeetingHeld: true,
  finalMeeting: { id: 'mt1', heldOn: '2026-05-20', topic: 'Подведение итогов' },
  hasProgramme: true,
  goals: [
    { goalId: 'g1', title: 'Решать задачи ОГЭ', tasks: 'Разобрать типовые задачи', note: '' },
    { goalId: 'g2', title: 'Подготовить проект', tasks: '', note: '' },
  ],
  version: 7,
};

function values(changes: Partial<WizardValues> = {}): WizardValues {
  return { ...initialValues(draft), ...changes };
}

describe('the completion wizard', () => {
  it('starts from the programme goals without results and the final meeting as the diary has it', () => {
    const v = initialValues(draft);
    expect(v.goals.map((g) => [g.goalId, g.result])).toEqual([
      ['g1', ''],
      ['g2', ''],
    ]);
    expect(v.finalMeetingHeld).toBe(true);
    expect(v.endedOn).toBe(today());
    expect(steps(draft)).toEqual(['goals', 'outcome', 'review']);
    expect(steps({ ...draft, hasProgramme: false, goals: [] })).toEqual(['outcome', 'review']);
  });

  it('does not leave the goals step until every goal has a result', () => {
    const v = values();
    v.goals = [{ ...v.goals[0]!, result: 'ACHIEVED' }, v.goals[1]!];
    expect(validateStep('goals', v, t)).toEqual({
      'goals.1.result': 'Укажите, достигнута ли цель «Подготовить проект»',
    });
    v.goals = v.goals.map((g) => ({ ...g, result: 'PARTLY_ACHIEVED' }));
    expect(validateStep('goals', v, t)).toEqual({});
  });

  it('asks for the outcome, a reason unless it was effective, and a completion date not in the future', () => {
    expect(validateStep('outcome', values(), t)).toEqual({ outcome: 'Выберите итог работы пары' });
    expect(validateStep('outcome', values({ outcome: 'NOT_EFFECTIVE', outcomeReason: ' ' }), t)).toEqual({
      outcomeReason: 'Объясните, почему работа пары эффективна не вполне',
    });
    expect(validateStep('outcome', values({ outcome: 'EFFECTIVE' }), t)).toEqual({});
    expect(validateStep('outcome', values({ outcome: 'EFFECTIVE', endedOn: '2999-01-01' }), t)).toEqual({
      endedOn: 'Дата завершения не может быть в будущем',
    });
    expect(validateStep('outcome', values({ outcome: 'EFFECTIVE', endedOn: '' }), t)).toEqual({
      endedOn: 'Укажите дату завершения',
    });
  });

  it('sends one result per goal, the reason only when the outcome needs one, and the version it saw', () => {
    const v = values({ outcome: 'EFFECTIVE', outcomeReason: 'лишнее', comment: '  Молодцы ' });
    v.goals = [
      { ...v.goals[0]!, result: 'ACHIEVED', note: ' 18 из 20 ' },
      { ...v.goals[1]!, result: 'NOT_ACHIEVED' },
    ];
    expect(toInput(v, draft.version)).toEqual({
      version: 7,
      endedOn: today(),
      outcome: 'EFFECTIVE',
      outcomeReason: undefined,
      finalMeetingHeld: true,
      goals: [
        { goalId: 'g1', result: 'ACHIEVED', note: '18 из 20' },
        { goalId: 'g2', result: 'NOT_ACHIEVED', note: undefined },
      ],
      comment: 'Молодцы',
    });
    expect(toInput({ ...v, outcome: 'PARTLY_EFFECTIVE' }, 7).outcomeReason).toBe('лишнее');
  });

  it('puts the server’s refusals on the fields and steps that show them', () => {
    expect(formField('goals[1]')).toBe('goals.1.result');
    expect(formField('goals[0].result')).toBe('goals.0.result');
    expect(formField('goals[2].goalId')).toBe('goals.2.result');
    expect(formField('goals[0].note')).toBe('goals.0.note');
    expect(formField('outcomeReason')).toBe('outcomeReason');
    expect(stepOf('goals.1.result')).toBe('goals');
    expect(stepOf('finalMeetingHeld')).toBe('outcome');
  });
});
