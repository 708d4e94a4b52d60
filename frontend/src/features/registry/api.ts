import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';

export type Nomination = Schemas['MentorNomination'];
export type NominationSummary = Schemas['MentorNominationSummary'];
export type NominationStatus = Schemas['MentorNominationStatus'];
export type NominationAction = Schemas['MentorNominationAction'];
export type NominationEvent = Schemas['MentorNominationEvent'];
export type NominationProposal = Schemas['MentorNominationProposal'];
export type NominationInput = Schemas['MentorNominationInput'];
export type RegistryEntry = Schemas['MentorRegistryEntry'];
export type MentorFacts = Schemas['MentorFacts'];
export type PublicationConsentInput = Schemas['PublicationConsentInput'];

export const NOMINATION_STATUSES: NominationStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'INCLUDED',
  'RECOMMENDED',
  'REGIONAL',
  'DECLINED',
  'WITHDRAWN',
];

/** Where nominations are reviewed above the school: the municipality's desk or the region's. */
export type ReviewScope = { kind: 'municipality'; id: string } | { kind: 'region'; id: string };

/** The statuses each desk sees, in the order of the way. */
export function deskStatuses(scope: ReviewScope): NominationStatus[] {
  return scope.kind === 'municipality'
    ? ['SUBMITTED', 'INCLUDED', 'RECOMMENDED', 'REGIONAL', 'DECLINED']
    : ['RECOMMENDED', 'REGIONAL'];
}

export interface ListParams {
  q?: string;
  status?: NominationStatus;
  page: number;
  size: number;
  sort?: string;
}

export const registryKeys = {
  nominations: (schoolId: string) => ['school', schoolId, 'mentor-nominations'] as const,
  nomination: (schoolId: string, id: string) => [...registryKeys.nominations(schoolId), 'one', id] as const,
  desk: (scope: ReviewScope) => ['mentor-nominations', scope.kind, scope.id] as const,
  published: (level: 'municipal' | 'regional', id: string) => ['mentor-registry', level, id] as const,
};

export function nominationsQuery(schoolId: string, params: ListParams) {
  return queryOptions({
    queryKey: [...registryKeys.nominations(schoolId), params],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentor-nominations', {
          params: { path: { schoolId }, query: params },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function nominationQuery(schoolId: string, id: string) {
  return queryOptions({
    queryKey: registryKeys.nomination(schoolId, id),
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentor-nominations/{id}', { params: { path: { schoolId, id } } }),
      ),
  });
}

export function nominationHistoryQuery(schoolId: string, id: string) {
  return queryOptions({
    queryKey: [...registryKeys.nomination(schoolId, id), 'history'],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/mentor-nominations/{id}/history', {
          params: { path: { schoolId, id } },
        }),
      ),
  });
}

export function deskQuery(scope: ReviewScope, params: ListParams) {
  return queryOptions({
    queryKey: [...registryKeys.desk(scope), params],
    queryFn: () =>
      scope.kind === 'municipality'
        ? unwrap(
            api.GET('/api/municipalities/{municipalityId}/mentor-nominations', {
              params: { path: { municipalityId: scope.id }, query: params },
            }),
          )
        : unwrap(
            api.GET('/api/regions/{regionId}/mentor-registry', {
              params: { path: { regionId: scope.id }, query: params },
            }),
          ),
    placeholderData: keepPreviousData,
  });
}

export function publishedQuery(
  level: 'municipal' | 'regional',
  id: string,
  params: { q?: string; page: number; size: number },
) {
  return queryOptions({
    queryKey: [...registryKeys.published(level, id), params],
    queryFn: () =>
      level === 'municipal'
        ? unwrap(
            api.GET('/api/municipalities/{municipalityId}/mentor-registry', {
              params: { path: { municipalityId: id }, query: params },
            }),
          )
        : unwrap(
            api.GET('/api/regions/{regionId}/mentor-registry/published', {
              params: { path: { regionId: id }, query: params },
            }),
          ),
    placeholderData: keepPreviousData,
  });
}

function useInvalidating<V, R>(keys: QueryKey[], fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all(keys.map((queryKey) => qc.invalidateQueries({ queryKey }))),
  });
}

export function useNominate(schoolId: string) {
  return useInvalidating([registryKeys.nominations(schoolId)], (body: NominationProposal) =>
    unwrap(api.POST('/api/schools/{schoolId}/mentor-nominations', { params: { path: { schoolId } }, body })),
  );
}

export function useSaveNomination(schoolId: string, id: string) {
  return useInvalidating([registryKeys.nominations(schoolId)], (body: NominationInput) =>
    unwrap(
      api.PUT('/api/schools/{schoolId}/mentor-nominations/{id}', {
        params: { path: { schoolId, id } },
        body,
      }),
    ),
  );
}

export function useRecordNominationConsent(schoolId: string, id: string) {
  return useInvalidating([registryKeys.nominations(schoolId)], (body: PublicationConsentInput) =>
    unwrap(
      api.PUT('/api/schools/{schoolId}/mentor-nominations/{id}/consent', {
        params: { path: { schoolId, id } },
        body,
      }),
    ),
  );
}

export function useWithdrawNominationConsent(schoolId: string, id: string) {
  return useInvalidating([registryKeys.nominations(schoolId)], (withdrawnOn: string) =>
    unwrap(
      api.POST('/api/schools/{schoolId}/mentor-nominations/{id}/consent/withdraw', {
        params: { path: { schoolId, id } },
        body: { withdrawnOn },
      }),
    ),
  );
}

export type SchoolStep = 'submit' | 'withdraw';

export function useNominationStep(schoolId: string, id: string) {
  return useInvalidating(
    [registryKeys.nominations(schoolId)],
    ({ step, version, comment }: { step: SchoolStep; version: number; comment?: string }) => {
      const params = { path: { schoolId, id } };
      const body = { version, comment };
      return step === 'submit'
        ? unwrap(api.POST('/api/schools/{schoolId}/mentor-nominations/{id}/submit', { params, body }))
        : unwrap(api.POST('/api/schools/{schoolId}/mentor-nominations/{id}/withdraw', { params, body }));
    },
  );
}

export type Decision = 'include' | 'return' | 'recommend' | 'includeRegional' | 'decline';

/** The decision each allowed action makes. */
export const DECISIONS: Record<
  Exclude<NominationAction, 'EDIT' | 'CONSENT' | 'SUBMIT' | 'WITHDRAW'>,
  Decision
> = {
  INCLUDE: 'include',
  RETURN: 'return',
  RECOMMEND: 'recommend',
  INCLUDE_REGIONAL: 'includeRegional',
  DECLINE: 'decline',
};

export function useDecide(scope: ReviewScope) {
  return useInvalidating(
    [registryKeys.desk(scope), ['mentor-registry']],
    ({
      id,
      decision,
      version,
      comment,
    }: {
      id: string;
      decision: Decision;
      version: number;
      comment?: string;
    }) => {
      const body = { version, comment };
      if (scope.kind === 'region') {
        const params = { path: { regionId: scope.id, id } };
        return decision === 'decline'
          ? unwrap(api.POST('/api/regions/{regionId}/mentor-registry/{id}/decline', { params, body }))
          : unwrap(api.POST('/api/regions/{regionId}/mentor-registry/{id}/include', { params, body }));
      }
      const params = { path: { municipalityId: scope.id, id } };
      switch (decision) {
        case 'return':
          return unwrap(
            api.POST('/api/municipalities/{municipalityId}/mentor-nominations/{id}/return', { params, body }),
          );
        case 'recommend':
          return unwrap(
            api.POST('/api/municipalities/{municipalityId}/mentor-nominations/{id}/recommend', {
              params,
              body,
            }),
          );
        default:
          return unwrap(
            api.POST('/api/municipalities/{municipalityId}/mentor-nominations/{id}/include', {
              params,
              body,
            }),
          );
      }
    },
  );
}
