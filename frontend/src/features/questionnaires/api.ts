import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';

export type Template = Schemas['QuestionnaireTemplate'];
export type TemplateInput = Schemas['QuestionnaireTemplateInput'];
export type Question = Schemas['Question'];
export type QuestionType = Schemas['QuestionType'];
export type Audience = Schemas['Audience'];
export type Purpose = Schemas['Purpose'];
export type MentoringForm = Schemas['MentoringForm'];
export type QuestionnaireResponse = Schemas['QuestionnaireResponse'];
export type FillLink = Schemas['FillLink'];
export type Summary = Schemas['QuestionnaireSummary'];

export const QUESTION_TYPES: QuestionType[] = [
  'SINGLE',
  'MULTIPLE',
  'SCALE',
  'TEXT',
  'DATE',
  'COMPETENCIES',
  'RANKING',
];
export const AUDIENCES: Audience[] = ['MENTOR', 'MENTEE', 'BOTH', 'CURATOR'];
export const PURPOSES: Purpose[] = [
  'APPLICATION',
  'REQUEST',
  'PREFERENCE',
  'FEEDBACK',
  'SATISFACTION',
  'QUALITY',
  'ENTRY',
];

/** Which profile fields an answer of each type may update: what matching reads. */
export const FEEDS: Partial<Record<QuestionType, string[]>> = {
  COMPETENCIES: ['competencies', 'requests'],
  TEXT: ['difficulties', 'availability'],
  SINGLE: ['capacity'],
  MULTIPLE: ['formsAccepted', 'desiredForms'],
  RANKING: ['preferences'],
};

export interface TemplateListParams {
  q?: string;
  audience?: Audience;
  purpose?: Purpose;
  form?: MentoringForm;
  status?: Schemas['TemplateStatus'];
  latest?: boolean;
  page: number;
  size: number;
  sort?: string;
}

const templatesKey = ['questionnaires'];

export function useTemplates(params: TemplateListParams) {
  return useQuery({
    queryKey: [...templatesKey, 'list', params],
    queryFn: () => unwrap(api.GET('/api/questionnaires', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useTemplate(id: string) {
  return useQuery({
    queryKey: [...templatesKey, 'one', id],
    queryFn: () => unwrap(api.GET('/api/questionnaires/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

export function useTemplateVersions(id: string) {
  return useQuery({
    queryKey: [...templatesKey, 'one', id, 'versions'],
    queryFn: () => unwrap(api.GET('/api/questionnaires/{id}/versions', { params: { path: { id } } })),
  });
}

function useTemplateMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: templatesKey }) });
}

export function useSaveTemplate() {
  return useTemplateMutation(({ id, body }: { id?: string; body: TemplateInput }) =>
    unwrap(
      id
        ? api.PUT('/api/questionnaires/{id}', { params: { path: { id } }, body })
        : api.POST('/api/questionnaires', { body }),
    ),
  );
}

export function usePublishTemplate() {
  return useTemplateMutation((id: string) =>
    unwrap(api.POST('/api/questionnaires/{id}/publish', { params: { path: { id } } })),
  );
}

export function useNewVersion() {
  return useTemplateMutation((id: string) =>
    unwrap(api.POST('/api/questionnaires/{id}/versions', { params: { path: { id } } })),
  );
}

export function useDeleteTemplate() {
  return useTemplateMutation((id: string) =>
    unwrap(api.DELETE('/api/questionnaires/{id}', { params: { path: { id } } })),
  );
}

export function useSummary(schoolId: string, templateId: string) {
  return useQuery({
    queryKey: ['school', schoolId, 'questionnaire', templateId, 'summary'],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/questionnaires/{templateId}/summary', {
          params: { path: { schoolId, templateId } },
        }),
      ),
  });
}

export function useTemplateResponses(
  schoolId: string,
  templateId: string,
  query: { page: number; size: number; sort?: string },
) {
  return useQuery({
    queryKey: ['school', schoolId, 'questionnaire', templateId, 'responses', query],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/questionnaires/{templateId}/responses', {
          params: { path: { schoolId, templateId }, query },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

const participantKey = (schoolId: string, participantId: string) => [
  'school',
  schoolId,
  'participants',
  'one',
  participantId,
];

export function useParticipantResponses(schoolId: string, participantId: string) {
  return useQuery({
    queryKey: [...participantKey(schoolId, participantId), 'responses'],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/participants/{participantId}/responses', {
          params: { path: { schoolId, participantId } },
        }),
      ),
  });
}

export function useFillLinks(schoolId: string, participantId: string) {
  return useQuery({
    queryKey: [...participantKey(schoolId, participantId), 'fill-links'],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/participants/{participantId}/fill-links', {
          params: { path: { schoolId, participantId } },
        }),
      ),
  });
}

/** Answers change the profile too, so everything about the participant is read again. */
function useParticipantMutation<V, R>(schoolId: string, participantId: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: participantKey(schoolId, participantId) }),
  });
}

export function useSubmitResponse(schoolId: string, participantId: string) {
  return useParticipantMutation(schoolId, participantId, (body: Schemas['ResponseInput']) =>
    unwrap(
      api.POST('/api/schools/{schoolId}/participants/{participantId}/responses', {
        params: { path: { schoolId, participantId } },
        body,
      }),
    ),
  );
}

export function useCreateFillLink(schoolId: string, participantId: string) {
  return useParticipantMutation(schoolId, participantId, (body: Schemas['FillLinkInput']) =>
    unwrap(
      api.POST('/api/schools/{schoolId}/participants/{participantId}/fill-links', {
        params: { path: { schoolId, participantId } },
        body,
      }),
    ),
  );
}

export function useRevokeFillLink(schoolId: string, participantId: string) {
  return useParticipantMutation(schoolId, participantId, (linkId: string) =>
    unwrap(
      api.POST('/api/schools/{schoolId}/participants/{participantId}/fill-links/{linkId}/revoke', {
        params: { path: { schoolId, participantId, linkId } },
      }),
    ),
  );
}

/** People of the school a ranking question may name when the curator enters a paper questionnaire. */
export function useRankCandidates(schoolId: string, role: 'mentor' | 'mentee' | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['school', schoolId, 'participants', 'rank-candidates', role],
    queryFn: () =>
      unwrap(
        api.GET('/api/schools/{schoolId}/participants', {
          params: { path: { schoolId }, query: { role, consent: 'valid', size: 100, sort: 'fullName,asc' } },
        }),
      ),
    enabled,
  });
}

export function useFillForm(token: string) {
  return useQuery({
    queryKey: ['fill', token],
    queryFn: () => unwrap(api.GET('/api/fill/{token}', { params: { path: { token } } })),
    retry: false,
  });
}

export function useSubmitFill(token: string) {
  return useMutation({
    mutationFn: (answers: Record<string, unknown>) =>
      unwrap(
        api.POST('/api/fill/{token}', {
          params: { path: { token } },
          body: { answers: answers as Schemas['FillSubmission']['answers'] },
        }),
      ),
  });
}
