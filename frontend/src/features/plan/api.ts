import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';
import { saveFile } from '../../lib/download';
import { mentorshipKeys } from '../mentorships/api';

export type Programme = Schemas['Programme'];
export type ProgrammeInput = Schemas['ProgrammeInput'];
export type ProgrammeActivity = Schemas['ProgrammeActivity'];
export type ActivityInput = Schemas['ProgrammeActivityInput'];
export type ProgrammeTemplate = Schemas['ProgrammeTemplate'];
export type ProgrammeRevision = Schemas['ProgrammeRevision'];
export type ActivityDirection = Schemas['ActivityDirection'];
export type ActivityStatus = Schemas['ActivityStatus'];
export type Performer = Schemas['Performer'];
export type ProgrammeMode = Schemas['ProgrammeMode'];
export type MeetingFrequency = Schemas['MeetingFrequency'];
export type MentoringForm = Schemas['MentoringForm'];
export type Mentorship = Schemas['Mentorship'];

export const PROGRAMME_MODES: ProgrammeMode[] = ['IN_PERSON', 'REMOTE', 'MIXED'];
export const MEETING_FREQUENCIES: MeetingFrequency[] = ['WEEKLY', 'BIWEEKLY', 'MONTHLY', 'AS_NEEDED'];
export const PERFORMERS: Performer[] = ['MENTOR', 'MENTEE', 'BOTH'];
export const ACTIVITY_STATUSES: ActivityStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

/** A pair's programme lives under the pair: whatever changes the pair (a new term) refreshes it too. */
export const planKeys = {
  programme: (schoolId: string, mentorshipId: string) => [
    ...mentorshipKeys.one(schoolId, mentorshipId),
    'programme',
  ],
  revisions: (schoolId: string, mentorshipId: string) => [
    ...planKeys.programme(schoolId, mentorshipId),
    'revisions',
  ],
  templates: (form: MentoringForm) => ['programme-templates', form],
};

const path = (schoolId: string, mentorshipId: string) => ({ path: { schoolId, mentorshipId } });

export function programmeQuery(schoolId: string, mentorshipId: string) {
  return queryOptions({
    queryKey: planKeys.programme(schoolId, mentorshipId),
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/programme', {
          params: path(schoolId, mentorshipId),
        }),
      ),
  });
}

export function revisionsQuery(schoolId: string, mentorshipId: string) {
  return queryOptions({
    queryKey: planKeys.revisions(schoolId, mentorshipId),
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/programme/revisions', {
          params: path(schoolId, mentorshipId),
        }),
      ),
  });
}

export function templatesQuery(form: MentoringForm) {
  return queryOptions({
    queryKey: planKeys.templates(form),
    queryFn: () => unwrap(api.GET('/api/programme-templates', { params: { query: { form } } })),
    staleTime: Infinity,
  });
}

export function useProgramme(schoolId: string, mentorshipId: string) {
  return useQuery(programmeQuery(schoolId, mentorshipId));
}

export function useRevisions(schoolId: string, mentorshipId: string) {
  return useQuery(revisionsQuery(schoolId, mentorshipId));
}

export function useTemplates(form: MentoringForm) {
  return useQuery(templatesQuery(form));
}

function useProgrammeMutation<V, R>(schoolId: string, mentorshipId: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: planKeys.programme(schoolId, mentorshipId) }),
  });
}

export function useCreateProgramme(schoolId: string, mentorshipId: string) {
  return useProgrammeMutation(schoolId, mentorshipId, (templateCode: string | undefined) =>
    unwrap(
      api.POST('/api/schools/{schoolId}/mentorships/{mentorshipId}/programme', {
        params: path(schoolId, mentorshipId),
        body: { templateCode },
      }),
    ),
  );
}

export function useUpdateProgramme(schoolId: string, mentorshipId: string) {
  return useProgrammeMutation(schoolId, mentorshipId, (body: ProgrammeInput) =>
    unwrap(
      api.PUT('/api/schools/{schoolId}/mentorships/{mentorshipId}/programme', {
        params: path(schoolId, mentorshipId),
        body,
      }),
    ),
  );
}

export function useAgreeProgramme(schoolId: string, mentorshipId: string) {
  return useProgrammeMutation(schoolId, mentorshipId, (body: Schemas['ProgrammeAgreementInput']) =>
    unwrap(
      api.POST('/api/schools/{schoolId}/mentorships/{mentorshipId}/programme/agree', {
        params: path(schoolId, mentorshipId),
        body,
      }),
    ),
  );
}

/** Adds an activity (no id) or changes one. */
export function useSaveActivity(schoolId: string, mentorshipId: string) {
  return useProgrammeMutation(schoolId, mentorshipId, ({ id, body }: { id?: string; body: ActivityInput }) =>
    id
      ? unwrap(
          api.PUT('/api/schools/{schoolId}/mentorships/{mentorshipId}/programme/activities/{activityId}', {
            params: { path: { schoolId, mentorshipId, activityId: id } },
            body,
          }),
        )
      : unwrap(
          api.POST('/api/schools/{schoolId}/mentorships/{mentorshipId}/programme/activities', {
            params: path(schoolId, mentorshipId),
            body,
          }),
        ),
  );
}

export function useDeleteActivity(schoolId: string, mentorshipId: string) {
  return useProgrammeMutation(
    schoolId,
    mentorshipId,
    ({ id, version, reason }: { id: string; version: number; reason?: string }) =>
      unwrap(
        api.DELETE('/api/schools/{schoolId}/mentorships/{mentorshipId}/programme/activities/{activityId}', {
          params: { path: { schoolId, mentorshipId, activityId: id }, query: { version, reason } },
        }),
      ),
  );
}

/** Fetches the programme's document with the user's token and hands it to the browser as a download. */
export function downloadProgramme(schoolId: string, mentorshipId: string, format: 'docx' | 'pdf') {
  const params = path(schoolId, mentorshipId);
  return saveFile(
    format === 'docx'
      ? api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/programme/docx', {
          params,
          parseAs: 'blob',
        })
      : api.GET('/api/schools/{schoolId}/mentorships/{mentorshipId}/programme/pdf', {
          params,
          parseAs: 'blob',
        }),
    `programme.${format}`,
  );
}
