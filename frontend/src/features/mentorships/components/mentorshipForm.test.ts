import { describe, expect, it } from 'vitest';

import { addMonths, toMentorshipInput, validateMentorship, type MentorshipValues } from './mentorshipForm';

const messages = {
  mentor: 'mentor',
  mentees: 'mentees',
  form: 'form',
  kind: 'kind',
  date: 'date',
  endAfterStart: 'endAfterStart',
  term: 'term',
  group: 'group',
  mentorIsMentee: 'mentorIsMentee',
};

const pair: MentorshipValues = {
  form: 'TEACHER_PUPIL',
  kind: 'TRADITIONAL',
  mentorId: 'm',
  menteeIds: ['a'],
  plannedStart: '2026-09-01',
  plannedEnd: '2027-05-31',
};

describe('a new pair checked before it is sent', () => {
  it('counts months as the server does, keeping to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-09-01', 12)).toBe('2027-09-01');
  });

  it('accepts a pair of three to twelve months', () => {
    expect(validateMentorship(pair, messages)).toEqual({});
    expect(validateMentorship({ ...pair, plannedEnd: '2026-12-01' }, messages)).toEqual({});
    expect(validateMentorship({ ...pair, plannedEnd: '2027-09-01' }, messages)).toEqual({});
  });

  it('refuses a programme shorter than three months or longer than a year, or ending before it starts', () => {
    expect(validateMentorship({ ...pair, plannedEnd: '2026-11-30' }, messages)).toEqual({
      plannedEnd: 'term',
    });
    expect(validateMentorship({ ...pair, plannedEnd: '2027-09-02' }, messages)).toEqual({
      plannedEnd: 'term',
    });
    expect(validateMentorship({ ...pair, plannedEnd: '2026-08-01' }, messages)).toEqual({
      plannedEnd: 'endAfterStart',
    });
  });

  it('wants two mentees for a group and never the mentor among them', () => {
    expect(validateMentorship({ ...pair, kind: 'GROUP' }, messages)).toEqual({ kind: 'group' });
    expect(validateMentorship({ ...pair, menteeIds: ['m'] }, messages)).toEqual({
      menteeIds: 'mentorIsMentee',
    });
    expect(validateMentorship({ ...pair, mentorId: '', menteeIds: [], form: '' }, messages)).toEqual({
      mentorId: 'mentor',
      menteeIds: 'mentees',
      form: 'form',
    });
  });

  it('sends exactly what the user chose', () => {
    expect(toMentorshipInput(pair)).toEqual({
      form: 'TEACHER_PUPIL',
      kind: 'TRADITIONAL',
      mentorId: 'm',
      menteeIds: ['a'],
      plannedStart: '2026-09-01',
      plannedEnd: '2027-05-31',
    });
  });
});
