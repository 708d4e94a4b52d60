import dayjs from 'dayjs';

import type { Meeting, MeetingFormat, MeetingInput, MeetingKind } from '../api';

export interface MeetingValues {
  held: boolean;
  date: string;
  kind: MeetingKind | null;
  format: MeetingFormat | null;
  /** HH:mm, or '' when not said */
  startsAt: string;
  durationMinutes: number | string;
  topic: string;
  notes: string;
  /** The mentees who came; every other mentee of the pair on that day is recorded as absent. */
  present: string[];
  activityIds: string[];
}

/** A mentee as the attendance needs them: who, and when they left the group if they did. */
export interface Member {
  id: string;
  fullName: string;
  removedOn?: string | null;
}

export const MIN_MINUTES = 5;
export const MAX_MINUTES = 600;
const TOPIC_LENGTH = 500;
const NOTES_LENGTH = 4000;

export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** Who was in the pair or group on the day: a mentee who left the group later still was. */
export function membersOn(mentees: Member[], date: string): Member[] {
  return mentees.filter((m) => !m.removedOn || m.removedOn > date);
}

/** A new entry: held today with everyone present once the pair works, otherwise a meeting to plan. */
export function emptyMeeting(started: boolean, mentees: Member[]): MeetingValues {
  const date = todayIso();
  return {
    held: started,
    date,
    kind: started ? 'REGULAR' : 'TRIAL',
    format: 'IN_PERSON',
    startsAt: '',
    durationMinutes: '',
    topic: '',
    notes: '',
    present: membersOn(mentees, date).map((m) => m.id),
    activityIds: [],
  };
}

export function meetingValues(m: Meeting): MeetingValues {
  return {
    held: m.held,
    date: m.date,
    kind: m.kind,
    format: m.format,
    startsAt: m.startsAt ? m.startsAt.slice(0, 5) : '',
    durationMinutes: m.durationMinutes ?? '',
    topic: m.topic,
    notes: m.notes,
    present: m.attendance.filter((a) => a.present).map((a) => a.participantId),
    activityIds: m.activities.map((a) => a.id),
  };
}

export type MeetingMessages = Record<
  | 'kind'
  | 'format'
  | 'date'
  | 'future'
  | 'beforeStart'
  | 'notStarted'
  | 'topic'
  | 'topicLength'
  | 'notesLength'
  | 'duration'
  | 'durationRequired',
  string
>;

/**
 * The rules the server applies, checked before sending so that the user sees them next to the fields at once.
 * `startedOn` is the day the pair began its work, absent while it has not.
 */
export function validateMeeting(
  v: MeetingValues,
  startedOn: string | null | undefined,
  m: MeetingMessages,
  today: string = todayIso(),
): Partial<Record<keyof MeetingValues, string>> {
  const errors: Partial<Record<keyof MeetingValues, string>> = {};
  if (!v.kind) errors.kind = m.kind;
  if (!v.format) errors.format = m.format;
  if (!v.date) {
    errors.date = m.date;
  } else if (v.held) {
    if (!startedOn) errors.held = m.notStarted;
    else if (v.date > today) errors.date = m.future;
    else if (v.date < startedOn) errors.date = m.beforeStart;
  }
  const topic = v.topic.trim();
  if (!topic) errors.topic = m.topic;
  else if (topic.length > TOPIC_LENGTH) errors.topic = m.topicLength;
  if (v.notes.trim().length > NOTES_LENGTH) errors.notes = m.notesLength;
  if (v.durationMinutes === '') {
    if (v.held) errors.durationMinutes = m.durationRequired;
  } else {
    const minutes = Number(v.durationMinutes);
    if (!Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      errors.durationMinutes = m.duration;
    }
  }
  return errors;
}

/** The request: a held meeting marks each mentee of the pair on its day, present or not; a planned one none. */
export function toMeetingInput(v: MeetingValues, mentees: Member[], version?: number): MeetingInput {
  const notes = v.notes.trim();
  return {
    kind: v.kind as MeetingKind,
    held: v.held,
    date: v.date,
    startsAt: v.startsAt || undefined,
    durationMinutes: v.durationMinutes === '' ? undefined : Number(v.durationMinutes),
    format: v.format as MeetingFormat,
    topic: v.topic.trim(),
    notes: notes || undefined,
    attendance: v.held
      ? membersOn(mentees, v.date).map((m) => ({ participantId: m.id, present: v.present.includes(m.id) }))
      : [],
    activityIds: v.activityIds,
    version,
  };
}

/** The server names the attendance by its entries; the form shows it as one group of checkboxes. */
export const MEETING_FIELD_ALIASES: Record<string, string> = Object.fromEntries([
  ['attendance', 'present'],
  ...Array.from({ length: 30 }, (_, i) => [`attendance[${i}].participantId`, 'present']),
]);
