import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';
import { saveFile } from '../../lib/download';

export type FeedbackOverview = Schemas['FeedbackOverview'];
export type FeedbackSchedule = Schemas['FeedbackSchedule'];
export type FeedbackScheduleInput = Schemas['FeedbackScheduleInput'];
export type FeedbackDelivery = Schemas['FeedbackDelivery'];
export type DeliveryStatus = Schemas['DeliveryStatus'];
export type DeliveryPurpose = Schemas['DeliveryPurpose'];
export type ScheduleMode = Schemas['ScheduleMode'];

/** Statuses of questionnaires handed out and not answered: what the curator follows up. */
export const NOT_RETURNED: DeliveryStatus[] = ['EMAILED', 'PRINTED', 'EXPIRED'];

export const feedbackKeys = {
  all: (schoolId: string) => ['school', schoolId, 'feedback'] as const,
  pair: (schoolId: string, mentorshipId: string) =>
    [...feedbackKeys.all(schoolId), 'pair', mentorshipId] as const,
  school: (schoolId: string, params: SchoolFeedbackParams) =>
    [...feedbackKeys.all(schoolId), 'list', params] as const,
};

export function feedbackOverviewOptions(schoolId: string, mentorshipId: string) {
  return queryOptions({
    queryKey: feedbackKeys.pair(schoolId, mentorshipId),
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/feedback', {
          params: { path: { schoolId, mentorshipId } },
        }),
      ),
  });
}

export interface SchoolFeedbackParams {
  status?: DeliveryStatus[];
  page: number;
  size: number;
  sort?: string;
}

/** The school's questionnaires in some statuses, e.g. those not returned (for the curator's home). */
export function schoolFeedbackOptions(schoolId: string, params: SchoolFeedbackParams) {
  return queryOptions({
    queryKey: feedbackKeys.school(schoolId, params),
    queryFn: () =>
      unwrap(api.GET('/api/schools/{schoolId}/feedback', { params: { path: { schoolId }, query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useFeedbackOverview(schoolId: string, mentorshipId: string) {
  return useQuery(feedbackOverviewOptions(schoolId, mentorshipId));
}

export function useSaveSchedule(schoolId: string, mentorshipId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: FeedbackScheduleInput) =>
      unwrap(
        api.PUT('/api/schools/{schoolId}/mentorships/{mentorshipId}/feedback-schedule', {
          params: { path: { schoolId, mentorshipId } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: feedbackKeys.pair(schoolId, mentorshipId) }),
  });
}

/**
 * Prints the pair's sheet: fresh links for everything that goes on paper, which revokes the ones printed before;
 * the statuses change, so they are read again.
 */
export function usePrintSheet(schoolId: string, mentorshipId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      saveFile(
        api.POST('/api/schools/{schoolId}/mentorships/{mentorshipId}/feedback/sheet', {
          params: { path: { schoolId, mentorshipId } },
          parseAs: 'blob',
        }),
        'feedback.pdf',
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: feedbackKeys.all(schoolId) }),
  });
}
