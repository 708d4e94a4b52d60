import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { ExportFormat } from '../../components/ui/ExportMenu';
import { api, unwrap, type Schemas } from '../../lib/api/client';
import { saveFile } from '../../lib/download';

export type Participant = Schemas['Participant'];
export type ParticipantInput = Schemas['ParticipantInput'];
export type ParticipantKind = Schemas['ParticipantKind'];
export type ConsentInput = Schemas['ConsentInput'];
export type MentoringForm = Schemas['MentoringForm'];

export const PARTICIPANT_KINDS: ParticipantKind[] = [
  'PUPIL',
  'STUDENT',
  'TEACHER',
  'YOUNG_SPECIALIST',
  'EMPLOYER',
  'GRADUATE',
  'PARENT',
  'HEAD',
];

export { MENTORING_FORMS } from '../../lib/mentoringForms';

export interface ParticipantListParams {
  q?: string;
  kind?: ParticipantKind;
  role?: 'mentor' | 'mentee';
  consent?: 'valid' | 'none' | 'withdrawn';
  matched?: boolean;
  page: number;
  size: number;
  sort?: string;
}

const key = (schoolId: string) => ['school', schoolId, 'participants'];

export function useParticipants(schoolId: string, params: ParticipantListParams) {
  return useQuery({
    queryKey: [...key(schoolId), params],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/participants', { params: { path: { schoolId }, query: params } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export const participantQuery = (schoolId: string, id: string) =>
  queryOptions({
    queryKey: [...key(schoolId), 'one', id],
    queryFn: () =>
      unwrap(api.GET('/api/schools/{schoolId}/participants/{id}', { params: { path: { schoolId, id } } })),
  });

export function useParticipant(schoolId: string, id: string) {
  return useQuery(participantQuery(schoolId, id));
}

export function useConsents(schoolId: string, id: string) {
  return useQuery({
    queryKey: [...key(schoolId), 'one', id, 'consents'],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/participants/{id}/consents', { params: { path: { schoolId, id } } }),
      ),
  });
}

export { useCompetencies } from '../../lib/competencies';

function useParticipantMutation<V, R>(schoolId: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: key(schoolId) }) });
}

export function useSaveParticipant(schoolId: string) {
  return useParticipantMutation(schoolId, ({ id, body }: { id?: string; body: ParticipantInput }) =>
    unwrap(
      id
        ? api.PUT('/api/schools/{schoolId}/participants/{id}', { params: { path: { schoolId, id } }, body })
        : api.POST('/api/schools/{schoolId}/participants', { params: { path: { schoolId } }, body }),
    ),
  );
}

export function useAddConsent(schoolId: string, id: string) {
  return useParticipantMutation(schoolId, (body: ConsentInput) =>
    unwrap(
      api.POST('/api/schools/{schoolId}/participants/{id}/consents', {
        params: { path: { schoolId, id } },
        body,
      }),
    ),
  );
}

export function useWithdrawConsent(schoolId: string, id: string) {
  return useParticipantMutation(schoolId, (body: { withdrawnOn: string; reason?: string }) =>
    unwrap(
      api.POST('/api/schools/{schoolId}/participants/{id}/consents/withdraw', {
        params: { path: { schoolId, id } },
        body,
      }),
    ),
  );
}

/** The list as a file, with the same filters and sort as on screen. */
export function exportParticipants(
  schoolId: string,
  params: Omit<ParticipantListParams, 'page' | 'size'>,
  format: ExportFormat,
) {
  return saveFile(
    api.GET('/api/schools/{schoolId}/participants/export', {
      params: { path: { schoolId }, query: { ...params, format } },
      parseAs: 'blob',
    }),
    `participants.${format}`,
  );
}
