import { addMonths } from '../../lib/dates';
import type { FeedbackSchedule, FeedbackScheduleInput, ScheduleMode } from './api';

export const MODES: ScheduleMode[] = ['NONE', 'PERIODIC', 'DATES'];
export const MAX_DATES = 24;

export interface ScheduleValues {
  mode: ScheduleMode;
  firstAfterMonths: number | string;
  everyMonths: number | string;
  dates: string[];
  includeMentor: boolean;
}

/** The term the dates must fall within: from the pair's start (or planned start) to its planned end. */
export interface Term {
  start: string;
  end: string;
  today: string;
}

export function valuesOf(s: FeedbackSchedule): ScheduleValues {
  return {
    mode: s.mode,
    firstAfterMonths: s.firstAfterMonths ?? 1,
    everyMonths: s.everyMonths ?? 2,
    dates: s.mode === 'DATES' ? [...s.dates] : [],
    includeMentor: s.includeMentor,
  };
}

function months(value: number | string): number | undefined {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : undefined;
}

/**
 * The due dates the schedule gives within the term, as the server counts them: each from the start (start + N,
 * start + N + M, …), never from the date before.
 */
export function previewDates(v: ScheduleValues, term: Term): string[] {
  if (v.mode === 'PERIODIC') {
    const first = months(v.firstAfterMonths);
    const every = months(v.everyMonths);
    if (first === undefined || every === undefined) {
      return [];
    }
    const due: string[] = [];
    for (let k = 0; ; k++) {
      const d = addMonths(term.start, first + k * every);
      if (d > term.end) {
        return due;
      }
      due.push(d);
    }
  }
  if (v.mode === 'DATES') {
    return [...new Set(v.dates.filter((d) => d && d >= term.start && d <= term.end))].sort();
  }
  return [];
}

export interface ScheduleMessages {
  months: string;
  noDates: string;
  tooManyDates: string;
  date: string;
  past: string;
  outOfTerm: string;
  twice: string;
  afterEnd: string;
}

/** The server's rules, checked before sending so that the curator sees them next to the fields at once. */
export function validateSchedule(v: ScheduleValues, term: Term, m: ScheduleMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.mode === 'PERIODIC') {
    const first = months(v.firstAfterMonths);
    if (first === undefined) errors.firstAfterMonths = m.months;
    if (months(v.everyMonths) === undefined) errors.everyMonths = m.months;
    if (first !== undefined && addMonths(term.start, first) > term.end) errors.firstAfterMonths = m.afterEnd;
  }
  if (v.mode === 'DATES') {
    if (v.dates.length === 0) errors.dates = m.noDates;
    if (v.dates.length > MAX_DATES) errors.dates = m.tooManyDates;
    const seen = new Set<string>();
    v.dates.forEach((d, i) => {
      const field = `dates.${i}`;
      if (!d) errors[field] = m.date;
      else if (d < term.today) errors[field] = m.past;
      else if (d < term.start || d > term.end) errors[field] = m.outOfTerm;
      else if (seen.has(d)) errors[field] = m.twice;
      seen.add(d);
    });
  }
  return errors;
}

export function toInput(v: ScheduleValues, version: number): FeedbackScheduleInput {
  switch (v.mode) {
    case 'PERIODIC':
      return {
        mode: v.mode,
        firstAfterMonths: Number(v.firstAfterMonths),
        everyMonths: Number(v.everyMonths),
        includeMentor: v.includeMentor,
        version,
      };
    case 'DATES':
      return { mode: v.mode, dates: [...v.dates].sort(), includeMentor: v.includeMentor, version };
    case 'NONE':
      return { mode: v.mode, version };
  }
}

/** The server names a list element "dates[2]"; the form names it "dates.2". */
export function formField(serverField: string): string {
  return serverField.replace(/\[(\d+)]/g, '.$1');
}
