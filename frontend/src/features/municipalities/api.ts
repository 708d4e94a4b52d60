import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';

export type Municipality = Schemas['Municipality'];
export type MunicipalityInput = Schemas['MunicipalityInput'];

export interface MunicipalityListParams {
  q?: string;
  page: number;
  size: number;
  sort?: string;
}

export function useMunicipalities(params: MunicipalityListParams) {
  return useQuery({
    queryKey: ['municipalities', params],
    queryFn: () => unwrap(api.GET('/api/municipalities', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

/** Every municipality the user can see, for pickers (a region has at most a few dozen). */
export function useAllMunicipalities() {
  return useMunicipalities({ page: 0, size: 100, sort: 'name,asc' });
}

export function useSaveMunicipality() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: MunicipalityInput }) =>
      unwrap(
        id
          ? api.PUT('/api/municipalities/{id}', { params: { path: { id } }, body })
          : api.POST('/api/municipalities', { body }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['municipalities'] }),
  });
}

export function useDeleteMunicipality() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/municipalities/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['municipalities'] }),
  });
}
