import { blankToUndefined } from '../../../lib/forms';
import type {
  ActivityDirection,
  ActivityInput,
  ActivityStatus,
  MeetingFrequency,
  Performer,
  Programme,
  ProgrammeActivity,
  ProgrammeInput,
  ProgrammeMode,
} from '../api';

export interface GoalValue {
  /** The goal's id when it is already in the programme. */
  id?: string;
  /** A stable key for the list while the goal is being written. */
  key: string;
  title: string;
  tasks: string;
}

export interface ProgrammeValues {
  problem: string;
  content: string;
  intermediateResults: string;
  finalResults: string;
  conditions: string;
  mode: string;
  meetingFrequency: string;
  meetingWeekday: string;
  meetingTime: string;
  scheduleNote: string;
  startsOn: string;
  endsOn: string;
  goals: GoalValue[];
  reason: string;
}

let keys = 0;

export function newGoal(): GoalValue {
  keys += 1;
  return { key: `new-${keys}`, title: '', tasks: '' };
}

export function programmeValues(p: Programme): ProgrammeValues {
  return {
    problem: p.problem,
    content: p.content,
    intermediateResults: p.intermediateResults,
    finalResults: p.finalResults,
    conditions: p.conditions,
    mode: p.mode,
    meetingFrequency: p.meetingFrequency,
    meetingWeekday: p.meetingWeekday ? String(p.meetingWeekday) : '',
    meetingTime: p.meetingTime ? p.meetingTime.slice(0, 5) : '',
    scheduleNote: p.scheduleNote ?? '',
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    goals: p.goals.map((g) => ({ id: g.id, key: g.id, title: g.title, tasks: g.tasks })),
    reason: '',
  };
}

/** After agreement every change says why: the server refuses it otherwise. */
export function reasonNeeded(p: Programme): boolean {
  return p.status === 'AGREED';
}

type ProgrammeMessages = Record<
  'mode' | 'frequency' | 'date' | 'endAfterStart' | 'withinPair' | 'goalTitle' | 'reason',
  string
>;

/** The rules the server applies, checked before sending so that the user sees them next to the fields at once. */
export function validateProgramme(
  v: ProgrammeValues,
  term: { start: string; end: string },
  agreed: boolean,
  m: ProgrammeMessages,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.mode) errors.mode = m.mode;
  if (!v.meetingFrequency) errors.meetingFrequency = m.frequency;
  if (!v.startsOn) errors.startsOn = m.date;
  else if (v.startsOn < term.start) errors.startsOn = m.withinPair;
  if (!v.endsOn) errors.endsOn = m.date;
  else if (v.startsOn && v.endsOn <= v.startsOn) errors.endsOn = m.endAfterStart;
  else if (v.endsOn > term.end) errors.endsOn = m.withinPair;
  v.goals.forEach((g, i) => {
    if (!g.title.trim()) errors[`goals.${i}.title`] = m.goalTitle;
  });
  if (agreed && !v.reason.trim()) errors.reason = m.reason;
  return errors;
}

export function toProgrammeInput(v: ProgrammeValues, version: number): ProgrammeInput {
  return {
    version,
    reason: blankToUndefined(v.reason),
    problem: v.problem.trim(),
    content: v.content.trim(),
    intermediateResults: v.intermediateResults.trim(),
    finalResults: v.finalResults.trim(),
    conditions: v.conditions.trim(),
    mode: v.mode as ProgrammeMode,
    meetingFrequency: v.meetingFrequency as MeetingFrequency,
    meetingWeekday: v.meetingWeekday ? Number(v.meetingWeekday) : undefined,
    meetingTime: v.meetingTime || undefined,
    scheduleNote: blankToUndefined(v.scheduleNote),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    goals: v.goals.map((g) => ({ id: g.id, title: g.title.trim(), tasks: g.tasks.trim() })),
  };
}

export interface ActivityValues {
  direction: string;
  title: string;
  description: string;
  dueOn: string;
  performer: string;
  goalId: string;
  status: string;
  result: string;
  doneOn: string;
  reason: string;
}

export function activityValues(a: ProgrammeActivity | null, p: Programme): ActivityValues {
  return {
    direction: a?.direction ?? (p.directions.length === 1 ? (p.directions[0] ?? '') : ''),
    title: a?.title ?? '',
    description: a?.description ?? '',
    dueOn: a?.dueOn ?? '',
    performer: a?.performer ?? 'BOTH',
    goalId: a?.goalId ?? '',
    status: a?.status ?? 'PLANNED',
    result: a?.result ?? '',
    doneOn: a?.doneOn ?? '',
    reason: '',
  };
}

/**
 * Whether the change is one of the plan (what, when, by whom, or whether at all), which after agreement needs a
 * reason, rather than a record of how it is carried out (in progress, done, its result), which does not.
 */
export function planChanged(before: ProgrammeActivity | null, v: ActivityValues): boolean {
  if (!before) {
    return true;
  }
  return (
    before.title !== v.title.trim() ||
    before.description !== v.description.trim() ||
    before.direction !== v.direction ||
    before.dueOn !== v.dueOn ||
    before.performer !== v.performer ||
    (before.goalId ?? '') !== v.goalId ||
    (before.status === 'CANCELLED') !== (v.status === 'CANCELLED')
  );
}

type ActivityMessages = Record<
  'direction' | 'title' | 'date' | 'dueWithin' | 'performer' | 'doneInFuture' | 'reason',
  string
>;

export function validateActivity(
  v: ActivityValues,
  p: Programme,
  before: ProgrammeActivity | null,
  today: string,
  m: ActivityMessages,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.direction) errors.direction = m.direction;
  if (!v.title.trim()) errors.title = m.title;
  if (!v.dueOn) errors.dueOn = m.date;
  else if (v.dueOn < p.startsOn || v.dueOn > p.endsOn) errors.dueOn = m.dueWithin;
  if (!v.performer) errors.performer = m.performer;
  if (v.status === 'DONE' && v.doneOn && v.doneOn > today) errors.doneOn = m.doneInFuture;
  if (reasonNeeded(p) && planChanged(before, v) && !v.reason.trim()) errors.reason = m.reason;
  return errors;
}

export function toActivityInput(v: ActivityValues, version: number | undefined): ActivityInput {
  const done = v.status === 'DONE';
  return {
    version,
    reason: blankToUndefined(v.reason),
    goalId: v.goalId || undefined,
    direction: v.direction as ActivityDirection,
    title: v.title.trim(),
    description: v.description.trim(),
    dueOn: v.dueOn,
    performer: v.performer as Performer,
    status: v.status as ActivityStatus,
    result: v.result.trim(),
    doneOn: done ? v.doneOn || undefined : undefined,
  };
}
