import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';
import { saveFile } from '../../lib/download';
import { mentorshipKeys } from '../mentorships/api';

export type Completion = Schemas['Completion'];
export type CompletionGoal = Schemas['CompletionGoal'];
export type CompletionInput = Schemas['CompletionInput'];
export type MentorshipOutcome = Schemas['MentorshipOutcome'];
export type GoalResult = Schemas['GoalResult'];
export type MentorshipImpact = Schemas['MentorshipImpact'];
export type MenteeImpact = Schemas['MenteeImpact'];
export type QuestionImpact = Schemas['QuestionImpact'];
export type SchoolImpact = Schemas['SchoolImpact'];
export type MentoringForm = Schemas['MentoringForm'];

export const OUTCOMES: MentorshipOutcome[] = ['EFFECTIVE', 'PARTLY_EFFECTIVE', 'NOT_EFFECTIVE'];
export const GOAL_RESULTS: GoalResult[] = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'];

export interface SchoolImpactParams {
  form?: MentoringForm;
  from?: string;
  to?: string;
}

export const completionKeys = {
  completion: (schoolId: string, mentorshipId: string) => [
    ...mentorshipKeys.one(schoolId, mentorshipId),
    'completion',
  ],
  impact: (schoolId: string, mentorshipId: string) => [
    ...mentorshipKeys.one(schoolId, mentorshipId),
    'impact',
  ],
  school: (schoolId: string) => ['school', schoolId, 'impact'],
};

/** What the pair's completion recorded; for an active pair, the wizard's starting point. */
export const completionQuery = (schoolId: string, mentorshipId: string) =>
  queryOptions({
    queryKey: completionKeys.completion(schoolId, mentorshipId),
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/completion', {
          params: { path: { schoolId, mentorshipId } },
        }),
      ),
  });

export const impactQuery = (schoolId: string, mentorshipId: string) =>
  queryOptions({
    queryKey: completionKeys.impact(schoolId, mentorshipId),
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/impact', {
          params: { path: { schoolId, mentorshipId } },
        }),
      ),
  });

export const schoolImpactQuery = (schoolId: string, params: SchoolImpactParams) =>
  queryOptions({
    queryKey: [...completionKeys.school(schoolId), params],
    queryFn: () =>
      unwrap(api.GET('/api/schools/{schoolId}/impact', { params: { path: { schoolId }, query: params } })),
    placeholderData: keepPreviousData,
  });

export function useCompletion(schoolId: string, mentorshipId: string, enabled = true) {
  return useQuery({ ...completionQuery(schoolId, mentorshipId), enabled });
}

export function useImpact(schoolId: string, mentorshipId: string) {
  return useQuery(impactQuery(schoolId, mentorshipId));
}

export function useSchoolImpact(schoolId: string, params: SchoolImpactParams) {
  return useQuery(schoolImpactQuery(schoolId, params));
}

/** Completes the pair with what the wizard recorded; the pair, its lists and the school's figures change. */
export function useCompleteMentorship(schoolId: string, mentorshipId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CompletionInput) =>
      unwrap(
        api.POST('/api/schools/{schoolId}/mentorships/{mentorshipId}/complete', {
          params: { path: { schoolId, mentorshipId } },
          body,
        }),
      ),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: mentorshipKeys.all(schoolId) }),
        qc.invalidateQueries({ queryKey: completionKeys.school(schoolId) }),
        qc.invalidateQueries({ queryKey: ['school', schoolId, 'participants'] }),
      ]),
  });
}

/** Fetches the pair's final report with the user's token and hands it to the browser as a download. */
export function downloadReport(schoolId: string, mentorshipId: string, format: 'docx' | 'pdf') {
  const params = { path: { schoolId, mentorshipId } };
  return saveFile(
    format === 'docx'
      ? api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/report/docx', { params, parseAs: 'blob' })
      : api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/report/pdf', { params, parseAs: 'blob' }),
    `report.${format}`,
  );
}
