import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';

export type MatchRun = Schemas['MatchRun'];
export type MatchRunDetail = Schemas['MatchRunDetail'];
export type MatchRunInput = Schemas['MatchRunInput'];
export type MatchProposal = Schemas['MatchProposal'];
export type MatchUnmatched = Schemas['MatchUnmatched'];
export type MatchPerson = Schemas['MatchPerson'];
export type MatchWeights = Required<Schemas['MatchWeights']>;
export type MatchExplanation = Schemas['MatchExplanation'];
export type MatchCriterion = Schemas['MatchCriterion'];
export type MatchAcceptInput = Schemas['MatchAcceptInput'];
export type MatchRejectInput = Schemas['MatchRejectInput'];
export type MatchExclusion = Schemas['MatchExclusion'];
export type Criterion = Schemas['Criterion'];
export type HardConstraint = Schemas['HardConstraint'];
export type UnmatchedReason = Schemas['UnmatchedReason'];
export type MentorshipShape = Schemas['MentorshipShape'];
export type MentorshipKind = Schemas['MentorshipKind'];
export type MentoringForm = Schemas['MentoringForm'];
export type ProposalStatus = Schemas['MatchProposalStatus'];

/**
 * Where runs live: a curator's school, or a municipal coordinator's municipality (adult forms only). The two have
 * the same endpoints under different prefixes.
 */
export type MatchScope = { kind: 'school'; id: string } | { kind: 'municipality'; id: string };

export const CRITERIA: Criterion[] = [
  'REQUESTS',
  'DIFFICULTIES',
  'AVAILABILITY',
  'EXPERIENCE',
  'MENTEE_PREFERENCE',
  'MENTOR_PREFERENCE',
];

/** The weight field of each criterion. */
export const WEIGHT_OF: Record<Criterion, keyof MatchWeights> = {
  REQUESTS: 'requests',
  DIFFICULTIES: 'difficulties',
  AVAILABILITY: 'availability',
  EXPERIENCE: 'experience',
  MENTEE_PREFERENCE: 'menteePreference',
  MENTOR_PREFERENCE: 'mentorPreference',
};

/** The server's defaults, shown in the form before the curator changes anything. */
export const DEFAULT_WEIGHTS: MatchWeights = {
  requests: 40,
  difficulties: 10,
  availability: 10,
  experience: 10,
  menteePreference: 15,
  mentorPreference: 15,
};

/** Both sides adults: the only forms a municipal run may pair across schools. */
export const ADULT_FORMS: MentoringForm[] = [
  'TEACHER_TEACHER',
  'HEAD_TEACHER',
  'COLLEGE_TEACHER_YOUNG_TEACHER',
];

/** Kinds a run may give its pairs; a group comes from a group run by itself. */
export const PAIR_KINDS: MentorshipKind[] = [
  'TRADITIONAL',
  'SHORT_TERM',
  'REVERSE',
  'SITUATIONAL',
  'SPEED',
  'VIRTUAL',
];

const key = (scope: MatchScope) => [scope.kind, scope.id, 'match-runs'];

export function useMatchRuns(scope: MatchScope, page: number, size: number) {
  return useQuery({
    queryKey: [...key(scope), page, size],
    queryFn: () => {
      const query = { page, size, sort: 'createdAt,desc' };
      return scope.kind === 'school'
        ? unwrap(
            api.GET('/api/schools/{schoolId}/match-runs', {
              params: { path: { schoolId: scope.id }, query },
            }),
          )
        : unwrap(
            api.GET('/api/municipalities/{municipalityId}/match-runs', {
              params: { path: { municipalityId: scope.id }, query },
            }),
          );
    },
    placeholderData: keepPreviousData,
  });
}

export function useMatchRun(scope: MatchScope, id: string) {
  return useQuery({
    queryKey: [...key(scope), 'one', id],
    queryFn: () =>
      scope.kind === 'school'
        ? unwrap(
            api.GET('/api/schools/{schoolId}/match-runs/{id}', {
              params: { path: { schoolId: scope.id, id } },
            }),
          )
        : unwrap(
            api.GET('/api/municipalities/{municipalityId}/match-runs/{id}', {
              params: { path: { municipalityId: scope.id, id } },
            }),
          ),
  });
}

/** After a decision the run, the school's mentorships and its participants' "in a pair" marks all change. */
function useRunMutation<V>(scope: MatchScope, fn: (v: V) => Promise<MatchRunDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (detail) => {
      qc.setQueryData([...key(scope), 'one', detail.run.id], detail);
      return Promise.all([
        qc.invalidateQueries({ queryKey: key(scope) }),
        qc.invalidateQueries({ queryKey: [scope.kind, scope.id, 'mentorships'] }),
        qc.invalidateQueries({ queryKey: [scope.kind, scope.id, 'participants'] }),
      ]);
    },
  });
}

export function useStartRun(scope: MatchScope) {
  return useRunMutation(scope, (body: MatchRunInput) =>
    scope.kind === 'school'
      ? unwrap(
          api.POST('/api/schools/{schoolId}/match-runs', { params: { path: { schoolId: scope.id } }, body }),
        )
      : unwrap(
          api.POST('/api/municipalities/{municipalityId}/match-runs', {
            params: { path: { municipalityId: scope.id } },
            body,
          }),
        ),
  );
}

export type Decision =
  | { action: 'accept'; body: MatchAcceptInput }
  | { action: 'reject'; body: MatchRejectInput }
  | { action: 'swap'; body: Schemas['MatchSwapInput'] }
  | { action: 'method'; body: Schemas['MatchMethodInput'] };

export function useDecision(scope: MatchScope, runId: string) {
  return useRunMutation(scope, (d: Decision) => {
    if (scope.kind === 'school') {
      const params = { path: { schoolId: scope.id, id: runId } };
      switch (d.action) {
        case 'accept':
          return unwrap(api.POST('/api/schools/{schoolId}/match-runs/{id}/accept', { params, body: d.body }));
        case 'reject':
          return unwrap(api.POST('/api/schools/{schoolId}/match-runs/{id}/reject', { params, body: d.body }));
        case 'swap':
          return unwrap(api.POST('/api/schools/{schoolId}/match-runs/{id}/swap', { params, body: d.body }));
        case 'method':
          return unwrap(api.POST('/api/schools/{schoolId}/match-runs/{id}/method', { params, body: d.body }));
      }
    }
    const params = { path: { municipalityId: scope.id, id: runId } };
    switch (d.action) {
      case 'accept':
        return unwrap(
          api.POST('/api/municipalities/{municipalityId}/match-runs/{id}/accept', { params, body: d.body }),
        );
      case 'reject':
        return unwrap(
          api.POST('/api/municipalities/{municipalityId}/match-runs/{id}/reject', { params, body: d.body }),
        );
      case 'swap':
        return unwrap(
          api.POST('/api/municipalities/{municipalityId}/match-runs/{id}/swap', { params, body: d.body }),
        );
      case 'method':
        return unwrap(
          api.POST('/api/municipalities/{municipalityId}/match-runs/{id}/method', { params, body: d.body }),
        );
    }
  });
}

const exclusionsKey = (scope: MatchScope) => [scope.kind, scope.id, 'match-exclusions'];

export function useExclusions(scope: MatchScope, page: number, size: number) {
  return useQuery({
    queryKey: [...exclusionsKey(scope), page, size],
    queryFn: () =>
      scope.kind === 'school'
        ? unwrap(
            api.GET('/api/schools/{schoolId}/match-exclusions', {
              params: { path: { schoolId: scope.id }, query: { page, size } },
            }),
          )
        : unwrap(
            api.GET('/api/municipalities/{municipalityId}/match-exclusions', {
              params: { path: { municipalityId: scope.id }, query: { page, size } },
            }),
          ),
    placeholderData: keepPreviousData,
  });
}

export function useDeleteExclusion(scope: MatchScope) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      scope.kind === 'school'
        ? unwrap(
            api.DELETE('/api/schools/{schoolId}/match-exclusions/{id}', {
              params: { path: { schoolId: scope.id, id } },
            }),
          )
        : unwrap(
            api.DELETE('/api/municipalities/{municipalityId}/match-exclusions/{id}', {
              params: { path: { municipalityId: scope.id, id } },
            }),
          ),
    onSuccess: () => qc.invalidateQueries({ queryKey: exclusionsKey(scope) }),
  });
}
