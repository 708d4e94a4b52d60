import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';
import { uploadWithProgress } from '../../lib/api/upload';
import { saveFile } from '../../lib/download';

export type Reward = Schemas['Reward'];
export type RewardInput = Schemas['RewardInput'];
export type RewardKind = Schemas['RewardKind'];
export type BestPractice = Schemas['BestPractice'];
export type BestPracticeSummary = Schemas['BestPracticeSummary'];
export type BestPracticeStatus = Schemas['BestPracticeStatus'];
export type BestPracticeAction = Schemas['BestPracticeAction'];
export type BestPracticeInput = Schemas['BestPracticeInput'];
export type BestPracticeProposal = Schemas['BestPracticeProposal'];
export type PracticeParticipant = Schemas['BestPracticeParticipant'];
export type PracticeAttachment = Schemas['BestPracticeAttachment'];
export type PracticeEvent = Schemas['BestPracticeEvent'];
export type Publication = Schemas['Publication'];
export type PublicationConsentInput = Schemas['PublicationConsentInput'];
export type PublishedPractice = Schemas['PublishedBestPractice'];
export type PublishedPracticeSummary = Schemas['PublishedBestPracticeSummary'];
export type MentoringForm = Schemas['MentoringForm'];

export const REWARD_KINDS: RewardKind[] = [
  'CERTIFICATE',
  'GRATITUDE',
  'MENTOR_BADGE',
  'BONUS',
  'GIFT',
  'OTHER',
];

export const PRACTICE_STATUSES: BestPracticeStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED',
  'RECOMMENDED',
];

/** Where practices are read as published: the municipality reviews its schools', the region reads its bank. */
export type PracticeScope = { kind: 'municipality'; id: string } | { kind: 'region'; id: string };

/** The statuses each scope sees, in the order of the review. */
export function scopeStatuses(scope: PracticeScope): BestPracticeStatus[] {
  return scope.kind === 'municipality'
    ? ['SUBMITTED', 'ACCEPTED', 'RECOMMENDED']
    : ['ACCEPTED', 'RECOMMENDED'];
}

export interface RewardListParams {
  q?: string;
  participantId?: string;
  mentorshipId?: string;
  kind?: RewardKind;
  from?: string;
  to?: string;
  page: number;
  size: number;
  sort?: string;
}

export interface PracticeListParams {
  q?: string;
  status?: BestPracticeStatus;
  page: number;
  size: number;
  sort?: string;
}

export interface PublishedListParams {
  q?: string;
  status?: BestPracticeStatus;
  schoolId?: string;
  municipalityId?: string;
  page: number;
  size: number;
  sort?: string;
}

export const recognitionKeys = {
  rewards: (schoolId: string) => ['school', schoolId, 'rewards'] as const,
  practices: (schoolId: string) => ['school', schoolId, 'best-practices'] as const,
  practice: (schoolId: string, id: string) => [...recognitionKeys.practices(schoolId), 'one', id] as const,
  published: (scope: PracticeScope) => ['best-practices', scope.kind, scope.id] as const,
};

export function rewardsQuery(schoolId: string, params: RewardListParams) {
  return queryOptions({
    queryKey: [...recognitionKeys.rewards(schoolId), params],
    queryFn: () =>
      unwrap(api.GET('/api/schools/{schoolId}/rewards', { params: { path: { schoolId }, query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function practicesQuery(schoolId: string, params: PracticeListParams) {
  return queryOptions({
    queryKey: [...recognitionKeys.practices(schoolId), params],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/best-practices', { params: { path: { schoolId }, query: params } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function practiceQuery(schoolId: string, id: string) {
  return queryOptions({
    queryKey: recognitionKeys.practice(schoolId, id),
    queryFn: () =>
      unwrap(api.GET('/api/schools/{schoolId}/best-practices/{id}', { params: { path: { schoolId, id } } })),
  });
}

export function historyQuery(schoolId: string, id: string) {
  return queryOptions({
    queryKey: [...recognitionKeys.practice(schoolId, id), 'history'],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/best-practices/{id}/history', {
          params: { path: { schoolId, id } },
        }),
      ),
  });
}

/** The school's own practice as the municipality and the region will see it. */
export function previewQuery(schoolId: string, id: string) {
  return queryOptions({
    queryKey: [...recognitionKeys.practice(schoolId, id), 'published'],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/best-practices/{id}/published', {
          params: { path: { schoolId, id } },
        }),
      ),
  });
}

export function publishedListQuery(scope: PracticeScope, params: PublishedListParams) {
  return queryOptions({
    queryKey: [...recognitionKeys.published(scope), params],
    queryFn: () =>
      scope.kind === 'municipality'
        ? unwrap(
            api.GET('/api/municipalities/{municipalityId}/best-practices', {
              params: { path: { municipalityId: scope.id }, query: params },
            }),
          )
        : unwrap(
            api.GET('/api/regions/{regionId}/best-practices', {
              params: { path: { regionId: scope.id }, query: params },
            }),
          ),
    placeholderData: keepPreviousData,
  });
}

export function publishedQuery(scope: PracticeScope, id: string) {
  return queryOptions({
    queryKey: [...recognitionKeys.published(scope), 'one', id],
    queryFn: () =>
      scope.kind === 'municipality'
        ? unwrap(
            api.GET('/api/municipalities/{municipalityId}/best-practices/{id}', {
              params: { path: { municipalityId: scope.id, id } },
            }),
          )
        : unwrap(
            api.GET('/api/regions/{regionId}/best-practices/{id}', {
              params: { path: { regionId: scope.id, id } },
            }),
          ),
  });
}

function useInvalidating<V, R>(keys: QueryKey[], fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all(keys.map((queryKey) => qc.invalidateQueries({ queryKey }))),
  });
}

export function useSaveReward(schoolId: string) {
  return useInvalidating(
    [recognitionKeys.rewards(schoolId)],
    ({ id, body }: { id?: string; body: RewardInput }) =>
      unwrap(
        id
          ? api.PUT('/api/schools/{schoolId}/rewards/{id}', { params: { path: { schoolId, id } }, body })
          : api.POST('/api/schools/{schoolId}/rewards', { params: { path: { schoolId } }, body }),
      ),
  );
}

export function useDeleteReward(schoolId: string) {
  return useInvalidating([recognitionKeys.rewards(schoolId)], (id: string) =>
    unwrap(api.DELETE('/api/schools/{schoolId}/rewards/{id}', { params: { path: { schoolId, id } } })),
  );
}

export function useProposePractice(schoolId: string) {
  return useInvalidating([recognitionKeys.practices(schoolId)], (body: BestPracticeProposal) =>
    unwrap(api.POST('/api/schools/{schoolId}/best-practices', { params: { path: { schoolId } }, body })),
  );
}

/** Every change to one practice refreshes it, its preview and history, and the school's list. */
function usePracticeMutation<V, R>(schoolId: string, fn: (v: V) => Promise<R>) {
  return useInvalidating([recognitionKeys.practices(schoolId)], fn);
}

export function useSavePractice(schoolId: string, id: string) {
  return usePracticeMutation(schoolId, (body: BestPracticeInput) =>
    unwrap(
      api.PUT('/api/schools/{schoolId}/best-practices/{id}', { params: { path: { schoolId, id } }, body }),
    ),
  );
}

export function useDeletePractice(schoolId: string, id: string) {
  return usePracticeMutation(schoolId, () =>
    unwrap(api.DELETE('/api/schools/{schoolId}/best-practices/{id}', { params: { path: { schoolId, id } } })),
  );
}

export function useRecordConsent(schoolId: string, id: string) {
  return usePracticeMutation(
    schoolId,
    ({ participantId, body }: { participantId: string; body: PublicationConsentInput }) =>
      unwrap(
        api.PUT('/api/schools/{schoolId}/best-practices/{id}/consents/{participantId}', {
          params: { path: { schoolId, id, participantId } },
          body,
        }),
      ),
  );
}

export function useWithdrawPublication(schoolId: string, id: string) {
  return usePracticeMutation(
    schoolId,
    ({ participantId, withdrawnOn }: { participantId: string; withdrawnOn: string }) =>
      unwrap(
        api.POST('/api/schools/{schoolId}/best-practices/{id}/consents/{participantId}/withdraw', {
          params: { path: { schoolId, id, participantId } },
          body: { withdrawnOn },
        }),
      ),
  );
}

export interface AttachmentUpload {
  file: File;
  caption?: string;
  people: string[];
  onProgress: (fraction: number) => void;
}

export function useUploadAttachment(schoolId: string, id: string) {
  return usePracticeMutation(schoolId, ({ file, caption, people, onProgress }: AttachmentUpload) => {
    const query = new URLSearchParams({ fileName: file.name });
    if (caption) {
      query.set('caption', caption);
    }
    people.forEach((p) => query.append('people', p));
    return uploadWithProgress<PracticeAttachment>(
      `/api/schools/${schoolId}/best-practices/${id}/attachments`,
      query,
      file,
      onProgress,
    );
  });
}

export function useDeleteAttachment(schoolId: string, id: string) {
  return usePracticeMutation(schoolId, (attachmentId: string) =>
    unwrap(
      api.DELETE('/api/schools/{schoolId}/best-practices/{id}/attachments/{attachmentId}', {
        params: { path: { schoolId, id, attachmentId } },
      }),
    ),
  );
}

export function useSubmitPractice(schoolId: string, id: string) {
  return usePracticeMutation(schoolId, (body: Schemas['BestPracticeSubmitInput']) =>
    unwrap(
      api.POST('/api/schools/{schoolId}/best-practices/{id}/submit', {
        params: { path: { schoolId, id } },
        body,
      }),
    ),
  );
}

export type ReviewAction = 'accept' | 'return' | 'recommend';

export function useReview(municipalityId: string, id: string) {
  const scope: PracticeScope = { kind: 'municipality', id: municipalityId };
  return useInvalidating(
    [recognitionKeys.published(scope)],
    ({ action, body }: { action: ReviewAction; body: Schemas['BestPracticeReviewInput'] }) => {
      const params = { path: { municipalityId, id } };
      switch (action) {
        case 'accept':
          return unwrap(
            api.POST('/api/municipalities/{municipalityId}/best-practices/{id}/accept', { params, body }),
          );
        case 'return':
          return unwrap(
            api.POST('/api/municipalities/{municipalityId}/best-practices/{id}/return', { params, body }),
          );
        case 'recommend':
          return unwrap(
            api.POST('/api/municipalities/{municipalityId}/best-practices/{id}/recommend', { params, body }),
          );
      }
    },
  );
}

export function downloadAttachment(schoolId: string, id: string, attachment: PracticeAttachment) {
  return saveFile(
    api.GET('/api/schools/{schoolId}/best-practices/{id}/attachments/{attachmentId}/content', {
      params: { path: { schoolId, id, attachmentId: attachment.id } },
      parseAs: 'blob',
    }),
    attachment.fileName,
  );
}

/** Downloads a published material from where the user reads the practice. */
export function downloadPublished(
  scope: PracticeScope | { kind: 'school'; id: string },
  id: string,
  attachmentId: string,
  fileName: string,
) {
  const call =
    scope.kind === 'municipality'
      ? api.GET(
          '/api/municipalities/{municipalityId}/best-practices/{id}/attachments/{attachmentId}/content',
          {
            params: { path: { municipalityId: scope.id, id, attachmentId } },
            parseAs: 'blob',
          },
        )
      : scope.kind === 'region'
        ? api.GET('/api/regions/{regionId}/best-practices/{id}/attachments/{attachmentId}/content', {
            params: { path: { regionId: scope.id, id, attachmentId } },
            parseAs: 'blob',
          })
        : api.GET('/api/schools/{schoolId}/best-practices/{id}/attachments/{attachmentId}/content', {
            params: { path: { schoolId: scope.id, id, attachmentId } },
            parseAs: 'blob',
          });
  return saveFile(call, fileName);
}

export function useRewards(schoolId: string, params: RewardListParams) {
  return useQuery(rewardsQuery(schoolId, params));
}

export function usePractices(schoolId: string, params: PracticeListParams) {
  return useQuery(practicesQuery(schoolId, params));
}

export function usePractice(schoolId: string, id: string) {
  return useQuery(practiceQuery(schoolId, id));
}

/** Bytes as people read sizes: 300 КБ, 2,5 МБ. */
export function formatSize(bytes: number): string {
  const format = (value: number) => value.toLocaleString('ru-RU', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${format(bytes / (1024 * 1024))} МБ`
    : `${format(Math.max(1, bytes / 1024))} КБ`;
}
