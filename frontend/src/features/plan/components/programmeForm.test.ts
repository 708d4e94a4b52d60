import { describe, expect, it } from 'vitest';

import type { ProgrammeActivity } from '../api';
import { planChanged, type ActivityValues } from './programmeForm';

const activity: ProgrammeActivity = {
  id: 'x1',
  goalId: 'g1',
  direction: 'STUDY',
  title: 'Разбор заданий',
  description: 'Типы заданий',
  dueOn: '2026-09-15',
  performer: 'BOTH',
  status: 'PLANNED',
  result: '',
  overdue: false,
  version: 2,
};

const values = (change: Partial<ActivityValues>): ActivityValues => ({
  direction: 'STUDY',
  title: 'Разбор заданий',
  description: 'Типы заданий',
  dueOn: '2026-09-15',
  performer: 'BOTH',
  goalId: 'g1',
  status: 'PLANNED',
  result: '',
  doneOn: '',
  reason: '',
  ...change,
});

describe('what counts as a change of an agreed plan', () => {
  it('is a new activity, or a change of what, when, by whom, towards which goal or whether at all', () => {
    expect(planChanged(null, values({}))).toBe(true);
    expect(planChanged(activity, values({ dueOn: '2026-09-22' }))).toBe(true);
    expect(planChanged(activity, values({ performer: 'MENTEE' }))).toBe(true);
    expect(planChanged(activity, values({ goalId: '' }))).toBe(true);
    expect(planChanged(activity, values({ title: 'Другое' }))).toBe(true);
    expect(planChanged(activity, values({ status: 'CANCELLED' }))).toBe(true);
  });

  it('is not how the activity goes: in progress, done with its date and result', () => {
    expect(planChanged(activity, values({}))).toBe(false);
    expect(planChanged(activity, values({ status: 'IN_PROGRESS' }))).toBe(false);
    expect(planChanged(activity, values({ status: 'DONE', doneOn: '2026-09-14', result: 'Решено' }))).toBe(
      false,
    );
    expect(planChanged(activity, values({ title: '  Разбор заданий  ' }))).toBe(false);
  });
});
