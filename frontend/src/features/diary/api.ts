import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { ExportFormat } from '../../components/ui/ExportMenu';
import { api, unwrap, type Schemas } from '../../lib/api/client';
import { saveFile } from '../../lib/download';

export type Meeting = Schemas['Meeting'];
export type MeetingInput = Schemas['MeetingInput'];
export type MeetingKind = Schemas['MeetingKind'];
export type MeetingFormat = Schemas['MeetingFormat'];
export type DiaryActivity = Schemas['DiaryActivity'];
export type DiaryLink = Schemas['DiaryLink'];
export type PublicDiary = Schemas['PublicDiary'];
export type ActivityProgressInput = Schemas['ActivityProgressInput'];

export const MEETING_KINDS: MeetingKind[] = ['TRIAL', 'PLANNING', 'REGULAR', 'FINAL'];
export const MEETING_FORMATS: MeetingFormat[] = ['IN_PERSON', 'REMOTE'];

export interface MeetingListParams {
  kind?: MeetingKind;
  /** YYYY-MM */
  month?: string;
  page: number;
  size: number;
}

export const diaryKeys = {
  all: (schoolId: string, mentorshipId: string) => ['school', schoolId, 'diary', mentorshipId] as const,
  meetings: (schoolId: string, mentorshipId: string, params: MeetingListParams) =>
    [...diaryKeys.all(schoolId, mentorshipId), 'meetings', params] as const,
  activities: (schoolId: string, mentorshipId: string) =>
    [...diaryKeys.all(schoolId, mentorshipId), 'activities'] as const,
  links: (schoolId: string, mentorshipId: string) =>
    [...diaryKeys.all(schoolId, mentorshipId), 'links'] as const,
  public: (token: string) => ['diary', token] as const,
};

export function meetingsQuery(schoolId: string, mentorshipId: string, params: MeetingListParams) {
  return queryOptions({
    queryKey: diaryKeys.meetings(schoolId, mentorshipId, params),
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/meetings', {
          params: { path: { schoolId, mentorshipId }, query: params },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function diaryActivitiesQuery(schoolId: string, mentorshipId: string) {
  return queryOptions({
    queryKey: diaryKeys.activities(schoolId, mentorshipId),
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/meetings/activities', {
          params: { path: { schoolId, mentorshipId } },
        }),
      ),
  });
}

export function diaryLinksQuery(schoolId: string, mentorshipId: string) {
  return queryOptions({
    queryKey: diaryKeys.links(schoolId, mentorshipId),
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/diary-links', {
          params: { path: { schoolId, mentorshipId } },
        }),
      ),
  });
}

export function publicDiaryQuery(token: string) {
  return queryOptions({
    queryKey: diaryKeys.public(token),
    queryFn: () => unwrap(api.GET('/api/diary/{token}', { params: { path: { token } } })),
    retry: false,
  });
}

export const useMeetings = (schoolId: string, mentorshipId: string, params: MeetingListParams) =>
  useQuery(meetingsQuery(schoolId, mentorshipId, params));
export const useDiaryActivities = (schoolId: string, mentorshipId: string) =>
  useQuery(diaryActivitiesQuery(schoolId, mentorshipId));
export const useDiaryLinks = (schoolId: string, mentorshipId: string) =>
  useQuery(diaryLinksQuery(schoolId, mentorshipId));
export const usePublicDiary = (token: string) => useQuery(publicDiaryQuery(token));

function useDiaryMutation<V, R>(schoolId: string, mentorshipId: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: diaryKeys.all(schoolId, mentorshipId) }),
  });
}

/** A new meeting, or a change of one when an id is given. */
export function useSaveMeeting(schoolId: string, mentorshipId: string) {
  return useDiaryMutation(schoolId, mentorshipId, ({ id, body }: { id?: string; body: MeetingInput }) =>
    id
      ? unwrap(
          api.PUT('/api/schools/{schoolId}/mentorships/{mentorshipId}/meetings/{meetingId}', {
            params: { path: { schoolId, mentorshipId, meetingId: id } },
            body,
          }),
        )
      : unwrap(
          api.POST('/api/schools/{schoolId}/mentorships/{mentorshipId}/meetings', {
            params: { path: { schoolId, mentorshipId } },
            body,
          }),
        ),
  );
}

export function useDeleteMeeting(schoolId: string, mentorshipId: string) {
  return useDiaryMutation(schoolId, mentorshipId, (meeting: Meeting) =>
    unwrap(
      api.DELETE('/api/schools/{schoolId}/mentorships/{mentorshipId}/meetings/{meetingId}', {
        params: {
          path: { schoolId, mentorshipId, meetingId: meeting.id },
          query: { version: meeting.version },
        },
      }),
    ),
  );
}

export function useCreateDiaryLink(schoolId: string, mentorshipId: string) {
  return useDiaryMutation(schoolId, mentorshipId, (body: Schemas['DiaryLinkInput']) =>
    unwrap(
      api.POST('/api/schools/{schoolId}/mentorships/{mentorshipId}/diary-links', {
        params: { path: { schoolId, mentorshipId } },
        body,
      }),
    ),
  );
}

export function useRevokeDiaryLink(schoolId: string, mentorshipId: string) {
  return useDiaryMutation(schoolId, mentorshipId, (linkId: string) =>
    unwrap(
      api.POST('/api/schools/{schoolId}/mentorships/{mentorshipId}/diary-links/{linkId}/revoke', {
        params: { path: { schoolId, mentorshipId, linkId } },
      }),
    ),
  );
}

/** «Дневник наставника» of a month (or of the whole term), held meetings only, as the school hands it in. */
export function exportDiary(
  schoolId: string,
  mentorshipId: string,
  month: string | undefined,
  format: ExportFormat,
) {
  return saveFile(
    api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/meetings/export', {
      params: { path: { schoolId, mentorshipId }, query: { month, held: true, format } },
      parseAs: 'blob',
    }),
    `diary.${format}`,
  );
}

function usePublicMutation<V, R>(token: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: diaryKeys.public(token) }),
  });
}

/** The mentor's new meeting, or a correction of one of their own. */
export function useSaveOwnMeeting(token: string) {
  return usePublicMutation(token, ({ id, body }: { id?: string; body: MeetingInput }) =>
    id
      ? unwrap(
          api.PUT('/api/diary/{token}/meetings/{meetingId}', {
            params: { path: { token, meetingId: id } },
            body,
          }),
        )
      : unwrap(api.POST('/api/diary/{token}/meetings', { params: { path: { token } }, body })),
  );
}

export function useMarkActivity(token: string) {
  return usePublicMutation(token, ({ id, body }: { id: string; body: ActivityProgressInput }) =>
    unwrap(
      api.PUT('/api/diary/{token}/activities/{activityId}', {
        params: { path: { token, activityId: id } },
        body,
      }),
    ),
  );
}
