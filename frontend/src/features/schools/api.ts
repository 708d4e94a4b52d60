import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { ExportFormat } from '../../components/ui/ExportMenu';
import { api, unwrap, type Schemas } from '../../lib/api/client';
import { saveFile } from '../../lib/download';

export type School = Schemas['School'];
export type SchoolInput = Schemas['SchoolInput'];
export type SchoolKind = Schemas['SchoolKind'];
export type Contingent = Schemas['Contingent'];
export type ContingentInput = Schemas['ContingentInput'];
export type Curator = Schemas['Curator'];
export type CuratorInput = Schemas['CuratorInput'];

export const SCHOOL_KINDS: SchoolKind[] = ['GENERAL', 'COLLEGE', 'ADDITIONAL', 'PRESCHOOL'];

export interface SchoolListParams {
  q?: string;
  municipalityId?: string;
  kind?: SchoolKind;
  status?: 'active' | 'archived' | 'all';
  page: number;
  size: number;
  sort?: string;
}

export function useSchools(params: SchoolListParams) {
  return useQuery({
    queryKey: ['schools', params],
    queryFn: () => unwrap(api.GET('/api/schools', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

/** The list as a file, with the same filters and sort as on screen. */
export function exportSchools(params: Omit<SchoolListParams, 'page' | 'size'>, format: ExportFormat) {
  return saveFile(
    api.GET('/api/schools/export', { params: { query: { ...params, format } }, parseAs: 'blob' }),
    `schools.${format}`,
  );
}

export function useSchool(id: string) {
  return useQuery({
    queryKey: ['school', id],
    queryFn: () => unwrap(api.GET('/api/schools/{id}', { params: { path: { id } } })),
  });
}

function useSchoolMutation<V>(fn: (v: V) => Promise<School>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (school) => {
      qc.setQueryData(['school', school.id], school);
      void qc.invalidateQueries({ queryKey: ['schools'] });
      void qc.invalidateQueries({ queryKey: ['municipalities'] });
    },
  });
}

export function useCreateSchool() {
  return useSchoolMutation((body: SchoolInput) => unwrap(api.POST('/api/schools', { body })));
}

export function useUpdateSchool(id: string) {
  return useSchoolMutation((body: SchoolInput) =>
    unwrap(api.PUT('/api/schools/{id}', { params: { path: { id } }, body })),
  );
}

export function useArchiveSchool(id: string) {
  return useSchoolMutation((archived: boolean) =>
    unwrap(
      archived
        ? api.POST('/api/schools/{id}/archive', { params: { path: { id } } })
        : api.POST('/api/schools/{id}/restore', { params: { path: { id } } }),
    ),
  );
}

export function useDeleteSchool(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/schools/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      qc.removeQueries({ queryKey: ['school', id] });
      void qc.invalidateQueries({ queryKey: ['schools'] });
    },
  });
}

export function useContingents(schoolId: string) {
  return useQuery({
    queryKey: ['school', schoolId, 'contingents'],
    queryFn: () => unwrap(api.GET('/api/schools/{schoolId}/contingents', { params: { path: { schoolId } } })),
  });
}

export function usePutContingent(schoolId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ startYear, body }: { startYear: number; body: ContingentInput }) =>
      unwrap(
        api.PUT('/api/schools/{schoolId}/contingents/{startYear}', {
          params: { path: { schoolId, startYear } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['school', schoolId, 'contingents'] }),
  });
}

export function useDeleteContingent(schoolId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (startYear: number) =>
      unwrap(
        api.DELETE('/api/schools/{schoolId}/contingents/{startYear}', {
          params: { path: { schoolId, startYear } },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['school', schoolId, 'contingents'] }),
  });
}

export function useCurators(schoolId: string, enabled = true) {
  return useQuery({
    queryKey: ['school', schoolId, 'curators'],
    queryFn: () => unwrap(api.GET('/api/schools/{schoolId}/curators', { params: { path: { schoolId } } })),
    enabled,
  });
}

export function useSaveCurator(schoolId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CuratorInput }) =>
      unwrap(
        id
          ? api.PUT('/api/schools/{schoolId}/curators/{id}', { params: { path: { schoolId, id } }, body })
          : api.POST('/api/schools/{schoolId}/curators', { params: { path: { schoolId } }, body }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['school', schoolId, 'curators'] }),
  });
}

export function useDeleteCurator(schoolId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/schools/{schoolId}/curators/{id}', { params: { path: { schoolId, id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['school', schoolId, 'curators'] }),
  });
}
