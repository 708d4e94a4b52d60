import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { ExportFormat } from '../../components/ui/ExportMenu';
import { api, unwrap, type Schemas } from '../../lib/api/client';
import { saveFile } from '../../lib/download';

export type Mentorship = Schemas['Mentorship'];
export type MentorshipInput = Schemas['MentorshipInput'];
export type MentorshipStatus = Schemas['MentorshipStatus'];
export type MentorshipKind = Schemas['MentorshipKind'];
export type MentorshipAction = Schemas['MentorshipAction'];
export type MentorshipEvent = Schemas['MentorshipEvent'];
export type TerminationReason = Schemas['TerminationReason'];
export type MentoringForm = Schemas['MentoringForm'];
export type SchoolOrder = Schemas['SchoolOrder'];
export type SchoolOrderInput = Schemas['SchoolOrderInput'];

export const MENTORSHIP_STATUSES: MentorshipStatus[] = [
  'PROPOSED',
  'APPROVED',
  'ACTIVE',
  'COMPLETED',
  'TERMINATED',
];

export const MENTORSHIP_KINDS: MentorshipKind[] = [
  'TRADITIONAL',
  'GROUP',
  'SHORT_TERM',
  'REVERSE',
  'SITUATIONAL',
  'SPEED',
  'VIRTUAL',
];

export { MENTORING_FORMS } from '../../lib/mentoringForms';

/** Grounds a curator may choose; withdrawal of consent is recorded by the server itself. */
export const TERMINATION_REASONS: TerminationReason[] = [
  'PLAN_FULFILLED',
  'MENTOR_INITIATIVE',
  'MENTEE_INITIATIVE',
  'MUTUAL_DECISION',
  'CURATOR_DECISION',
];

export interface MentorshipListParams {
  q?: string;
  status?: MentorshipStatus;
  form?: MentoringForm;
  kind?: MentorshipKind;
  participantId?: string;
  page: number;
  size: number;
  sort?: string;
}

const key = (schoolId: string) => ['school', schoolId, 'mentorships'];
const ordersKey = (schoolId: string) => ['school', schoolId, 'orders'];

/**
 * Query keys of the school's pairs. What lives under a pair (its programme, its diary) keys its queries under
 * `one`, so that every change of the pair refreshes them too.
 */
export const mentorshipKeys = {
  all: key,
  orders: ordersKey,
  one: (schoolId: string, id: string) => [...key(schoolId), 'one', id],
};

export function useMentorships(schoolId: string, params: MentorshipListParams) {
  return useQuery({
    queryKey: [...key(schoolId), params],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentorships', { params: { path: { schoolId }, query: params } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMentorship(schoolId: string, id: string) {
  return useQuery({
    queryKey: mentorshipKeys.one(schoolId, id),
    queryFn: () =>
      unwrap(api.GET('/api/schools/{schoolId}/mentorships/{id}', { params: { path: { schoolId, id } } })),
  });
}

export function useMentorshipEvents(schoolId: string, id: string) {
  return useQuery({
    queryKey: [...mentorshipKeys.one(schoolId, id), 'events'],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentorships/{id}/events', { params: { path: { schoolId, id } } }),
      ),
  });
}

/**
 * Participants who may be put into a pair: consent in force and the role asked for. Reads the participants
 * endpoint directly, so that this feature does not depend on another one's code.
 */
export function useCandidates(schoolId: string, role: 'mentor' | 'mentee', q: string) {
  return useQuery({
    queryKey: ['school', schoolId, 'participants', 'candidates', role, q],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/participants', {
          params: {
            path: { schoolId },
            query: { role, consent: 'valid', q: q || undefined, size: 100, sort: 'fullName,asc' },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

function useInvalidatingMutation<V, R>(schoolId: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: key(schoolId) }),
        qc.invalidateQueries({ queryKey: ordersKey(schoolId) }),
        qc.invalidateQueries({ queryKey: ['school', schoolId, 'participants'] }),
      ]),
  });
}

export function useCreateMentorship(schoolId: string) {
  return useInvalidatingMutation(schoolId, (body: MentorshipInput) =>
    unwrap(api.POST('/api/schools/{schoolId}/mentorships', { params: { path: { schoolId } }, body })),
  );
}

export type ActionRequest =
  | { action: 'activate'; body: Schemas['ActivationInput'] }
  | { action: 'terminate'; body: Schemas['TerminationInput'] }
  | { action: 'reschedule'; body: Schemas['RescheduleInput'] };

export function useMentorshipAction(schoolId: string, id: string) {
  return useInvalidatingMutation(schoolId, (request: ActionRequest) => {
    const params = { path: { schoolId, id } };
    switch (request.action) {
      case 'activate':
        return unwrap(
          api.POST('/api/schools/{schoolId}/mentorships/{id}/activate', { params, body: request.body }),
        );
      case 'terminate':
        return unwrap(
          api.POST('/api/schools/{schoolId}/mentorships/{id}/terminate', { params, body: request.body }),
        );
      case 'reschedule':
        return unwrap(
          api.POST('/api/schools/{schoolId}/mentorships/{id}/reschedule', { params, body: request.body }),
        );
    }
  });
}

export function useOrders(schoolId: string, page: number, size: number) {
  return useQuery({
    queryKey: [...ordersKey(schoolId), page, size],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/orders', {
          params: { path: { schoolId }, query: { page, size, sort: 'date,desc' } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCreateOrder(schoolId: string) {
  return useInvalidatingMutation(schoolId, (body: SchoolOrderInput) =>
    unwrap(api.POST('/api/schools/{schoolId}/orders', { params: { path: { schoolId } }, body })),
  );
}

/** Fetches an order's document with the user's token and hands it to the browser as a download. */
export function downloadOrder(schoolId: string, id: string, format: 'docx' | 'pdf'): Promise<void> {
  const params = { path: { schoolId, id } };
  return saveFile(
    format === 'docx'
      ? api.GET('/api/schools/{schoolId}/orders/{id}/docx', { params, parseAs: 'blob' })
      : api.GET('/api/schools/{schoolId}/orders/{id}/pdf', { params, parseAs: 'blob' }),
    `order.${format}`,
  );
}

/** The list as a file, with the same filters and sort as on screen. */
export function exportMentorships(
  schoolId: string,
  params: Omit<MentorshipListParams, 'page' | 'size'>,
  format: ExportFormat,
) {
  return saveFile(
    api.GET('/api/schools/{schoolId}/mentorships/export', {
      params: { path: { schoolId }, query: { ...params, format } },
      parseAs: 'blob',
    }),
    `mentorships.${format}`,
  );
}
