import { today } from '../../../lib/dates';
import type { MentorshipInput, MentorshipKind, MentoringForm } from '../api';

export interface MentorshipValues {
  form: string;
  kind: string;
  mentorId: string;
  menteeIds: string[];
  plannedStart: string;
  plannedEnd: string;
}

/** The methodology's personalised programme lasts from three months to a year. */
export const MIN_MONTHS = 3;
export const MAX_MONTHS = 12;

/** An ISO date moved by whole months, the day clamped to the month's end (as the server counts). */
export function addMonths(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function emptyMentorship(): MentorshipValues {
  const start = today();
  return {
    form: '',
    kind: 'TRADITIONAL',
    mentorId: '',
    menteeIds: [],
    plannedStart: start,
    plannedEnd: addMonths(start, 9),
  };
}

type Messages = Record<
  'mentor' | 'mentees' | 'form' | 'kind' | 'date' | 'endAfterStart' | 'term' | 'group' | 'mentorIsMentee',
  string
>;

/** The rules the server applies, checked before sending so that the user sees them next to the fields at once. */
export function validateMentorship(
  v: MentorshipValues,
  m: Messages,
): Partial<Record<keyof MentorshipValues, string>> {
  const errors: Partial<Record<keyof MentorshipValues, string>> = {};
  if (!v.form) errors.form = m.form;
  if (!v.kind) errors.kind = m.kind;
  if (!v.mentorId) errors.mentorId = m.mentor;
  if (v.menteeIds.length === 0) errors.menteeIds = m.mentees;
  else if (v.menteeIds.includes(v.mentorId)) errors.menteeIds = m.mentorIsMentee;
  if (v.kind === 'GROUP' && v.menteeIds.length < 2) errors.kind = m.group;
  if (!v.plannedStart) errors.plannedStart = m.date;
  if (!v.plannedEnd) errors.plannedEnd = m.date;
  if (v.plannedStart && v.plannedEnd) {
    if (v.plannedEnd <= v.plannedStart) {
      errors.plannedEnd = m.endAfterStart;
    } else if (
      v.plannedEnd < addMonths(v.plannedStart, MIN_MONTHS) ||
      v.plannedEnd > addMonths(v.plannedStart, MAX_MONTHS)
    ) {
      errors.plannedEnd = m.term;
    }
  }
  return errors;
}

export function toMentorshipInput(v: MentorshipValues): MentorshipInput {
  return {
    form: v.form as MentoringForm,
    kind: v.kind as MentorshipKind,
    mentorId: v.mentorId,
    menteeIds: v.menteeIds,
    plannedStart: v.plannedStart,
    plannedEnd: v.plannedEnd,
  };
}
