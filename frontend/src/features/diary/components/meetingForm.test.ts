import { describe, expect, it } from 'vitest';

import { emptyMeeting, membersOn, toMeetingInput, validateMeeting, type MeetingValues } from './meetingForm';

const messages = {
  kind: 'kind',
  format: 'format',
  date: 'date',
  future: 'future',
  beforeStart: 'beforeStart',
  notStarted: 'notStarted',
  topic: 'topic',
  topicLength: 'topicLength',
  notesLength: 'notesLength',
  duration: 'duration',
  durationRequired: 'durationRequired',
};

const group = [
  { id: 'a', fullName: 'А' },
  { id: 'b', fullName: 'Б', removedOn: '2026-10-10' },
];

const held: MeetingValues = {
  held: true,
  date: '2026-10-01',
  kind: 'REGULAR',
  format: 'REMOTE',
  startsAt: '15:30',
  durationMinutes: 45,
  topic: '  Проект  ',
  notes: '',
  present: ['b'],
  activityIds: ['x'],
};

describe('a diary entry checked and sent', () => {
  it('takes a mentee as a member until the day they left the group', () => {
    expect(membersOn(group, '2026-10-09').map((m) => m.id)).toEqual(['a', 'b']);
    expect(membersOn(group, '2026-10-10').map((m) => m.id)).toEqual(['a']);
  });

  it('marks every member of the day, absent unless ticked, and trims what was typed', () => {
    expect(toMeetingInput(held, group, 2)).toEqual({
      kind: 'REGULAR',
      held: true,
      date: '2026-10-01',
      startsAt: '15:30',
      durationMinutes: 45,
      format: 'REMOTE',
      topic: 'Проект',
      notes: undefined,
      attendance: [
        { participantId: 'a', present: false },
        { participantId: 'b', present: true },
      ],
      activityIds: ['x'],
      version: 2,
    });
  });

  it('sends no attendance for a meeting that is only planned', () => {
    const planned = { ...held, held: false, durationMinutes: '' };
    expect(toMeetingInput(planned, group).attendance).toEqual([]);
    expect(validateMeeting(planned, undefined, messages, '2026-09-01')).toEqual({});
  });

  it('asks for a start, a past date and a length before a meeting counts as held', () => {
    expect(validateMeeting(held, undefined, messages, '2026-10-05')).toEqual({ held: 'notStarted' });
    expect(validateMeeting(held, '2026-09-01', messages, '2026-09-30')).toEqual({ date: 'future' });
    expect(validateMeeting(held, '2026-10-02', messages, '2026-10-05')).toEqual({ date: 'beforeStart' });
    expect(validateMeeting({ ...held, durationMinutes: '' }, '2026-09-01', messages, '2026-10-05')).toEqual({
      durationMinutes: 'durationRequired',
    });
    expect(validateMeeting({ ...held, durationMinutes: 4 }, '2026-09-01', messages, '2026-10-05')).toEqual({
      durationMinutes: 'duration',
    });
  });

  it('starts a new entry as held today with everyone present once the pair works, as planned before', () => {
    expect(emptyMeeting(true, [group[0]!]).held).toBe(true);
    expect(emptyMeeting(true, [group[0]!]).present).toEqual(['a']);
    expect(emptyMeeting(false, [group[0]!]).held).toBe(false);
  });
});
