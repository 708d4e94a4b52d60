import { describe, expect, it } from 'vitest';

import {
  formField,
  previewDates,
  toInput,
  validateSchedule,
  type ScheduleValues,
  type Term,
} from './schedule';

const term: Term = { start: '2026-09-15', end: '2027-05-29', today: '2026-09-20' };

const messages = {
  months: 'months',
  noDates: 'noDates',
  tooManyDates: 'tooMany',
  date: 'date',
  past: 'past',
  outOfTerm: 'outOfTerm',
  twice: 'twice',
  afterEnd: 'afterEnd',
};

function values(v: Partial<ScheduleValues>): ScheduleValues {
  return { mode: 'PERIODIC', firstAfterMonths: 1, everyMonths: 2, dates: [], includeMentor: false, ...v };
}

describe('the schedule preview', () => {
  it('counts each date from the start, as the server does', () => {
    expect(previewDates(values({}), term)).toEqual(['2026-10-15', '2026-12-15', '2027-02-15', '2027-04-15']);
  });

  it('gives each month its last day after a start on the 31st, without drifting', () => {
    const end: Term = { start: '2027-01-31', end: '2027-05-31', today: '2027-01-31' };
    expect(previewDates(values({ everyMonths: 1 }), end)).toEqual([
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
    ]);
  });

  it('shows listed dates in order, once, and only those within the term', () => {
    const dates = ['2027-03-01', '2026-11-10', '2027-03-01', '2027-07-01', ''];
    expect(previewDates(values({ mode: 'DATES', dates }), term)).toEqual(['2026-11-10', '2027-03-01']);
    expect(previewDates(values({ mode: 'NONE', dates }), term)).toEqual([]);
  });

  it('gives nothing while the months are not whole numbers from 1 to 12', () => {
    expect(previewDates(values({ firstAfterMonths: '' }), term)).toEqual([]);
    expect(previewDates(values({ everyMonths: 13 }), term)).toEqual([]);
  });
});

describe('the schedule check', () => {
  it('wants months from 1 to 12 and a first date within the term', () => {
    expect(validateSchedule(values({ firstAfterMonths: 0, everyMonths: 1.5 }), term, messages)).toEqual({
      firstAfterMonths: 'months',
      everyMonths: 'months',
    });
    expect(validateSchedule(values({ firstAfterMonths: 9 }), term, messages)).toEqual({
      firstAfterMonths: 'afterEnd',
    });
    expect(validateSchedule(values({}), term, messages)).toEqual({});
  });

  it('names each wrong date in the list', () => {
    const dates = ['2026-10-01', '2026-09-19', '', '2027-06-01', '2026-10-01'];
    expect(validateSchedule(values({ mode: 'DATES', dates }), term, messages)).toEqual({
      'dates.1': 'past',
      'dates.2': 'date',
      'dates.3': 'outOfTerm',
      'dates.4': 'twice',
    });
    expect(validateSchedule(values({ mode: 'DATES' }), term, messages)).toEqual({ dates: 'noDates' });
  });

  it('sends only what the chosen mode uses', () => {
    expect(toInput(values({ dates: ['2026-10-01'] }), 3)).toEqual({
      mode: 'PERIODIC',
      firstAfterMonths: 1,
      everyMonths: 2,
      includeMentor: false,
      version: 3,
    });
    expect(
      toInput(values({ mode: 'DATES', dates: ['2027-01-10', '2026-10-01'], includeMentor: true }), 0),
    ).toEqual({ mode: 'DATES', dates: ['2026-10-01', '2027-01-10'], includeMentor: true, version: 0 });
    expect(toInput(values({ mode: 'NONE' }), 1)).toEqual({ mode: 'NONE', version: 1 });
  });

  it('puts a server error on a list element where the form shows it', () => {
    expect(formField('dates[2]')).toBe('dates.2');
    expect(formField('everyMonths')).toBe('everyMonths');
  });
});
