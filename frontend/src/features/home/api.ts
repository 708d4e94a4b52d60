import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';
import { mentorshipKeys } from '../mentorships/api';

export type Worklist = Schemas['Worklist'];
export type WorkItem = Schemas['WorkItem'];
export type WorkKind = Schemas['WorkKind'];
export type TimelineEntry = Schemas['TimelineEntry'];
export type TimelineKind = Schemas['TimelineKind'];

/** The kinds in the order the home page shows them, as the server counts them. */
export const WORK_KINDS: WorkKind[] = [
  'PROPOSAL_UNDECIDED',
  'PROGRAMME_MISSING',
  'ACTIVITY_OVERDUE',
  'NO_RECENT_MEETING',
  'FEEDBACK_NOT_RETURNED',
  'ENDING_SOON',
  'PRACTICE_RETURNED',
];

export const TIMELINE_KINDS: TimelineKind[] = [
  'LIFECYCLE',
  'MEETING',
  'ACTIVITY',
  'PROGRAMME',
  'FEEDBACK',
  'COMPLETION',
];

export const homeKeys = {
  worklist: (schoolId: string) => ['school', schoolId, 'worklist'],
  timeline: (schoolId: string, mentorshipId: string) => [
    ...mentorshipKeys.one(schoolId, mentorshipId),
    'timeline',
  ],
};

/** Everything waiting in the school; the page filters by kind itself, since the counts cover every kind anyway. */
export const worklistQuery = (schoolId: string) =>
  queryOptions({
    queryKey: homeKeys.worklist(schoolId),
    queryFn: () => unwrap(api.GET('/api/schools/{schoolId}/worklist', { params: { path: { schoolId } } })),
  });

export const timelineQuery = (schoolId: string, mentorshipId: string) =>
  queryOptions({
    queryKey: homeKeys.timeline(schoolId, mentorshipId),
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/timeline', {
          params: { path: { schoolId, mentorshipId } },
        }),
      ),
  });

export function useWorklist(schoolId: string) {
  return useQuery(worklistQuery(schoolId));
}

export function useTimeline(schoolId: string, mentorshipId: string) {
  return useQuery(timelineQuery(schoolId, mentorshipId));
}
