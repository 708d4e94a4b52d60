import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { ExportFormat } from '../../components/ui/ExportMenu';
import { api, unwrap, type Schemas } from '../../lib/api/client';
import { saveFile } from '../../lib/download';
import { uploadRoadmapFile, type Owner } from '../roadmaps/api';

export type ImportJob = Schemas['ImportJob'];
export type ImportKind = Schemas['ImportKind'];
export type RowAction = Schemas['RowAction'];
export type Me = Schemas['Me'];

export const ROW_ACTIONS: RowAction[] = ['CREATED', 'UPDATED', 'UNCHANGED', 'REJECTED'];

/** What a role may upload: participants and responses stay in their school; schools are for coordinators. */
export function importKinds(me: Me): ImportKind[] {
  switch (me.role) {
    case 'school':
      return ['PARTICIPANTS', 'RESPONSES'];
    case 'regional':
    case 'municipal':
      return ['SCHOOLS'];
    default:
      return [];
  }
}

export function isRunning(job: ImportJob | undefined): boolean {
  return job?.status === 'QUEUED' || job?.status === 'RUNNING';
}

export interface UploadRequest {
  kind: ImportKind;
  file: File;
  dryRun: boolean;
  allOrNothing: boolean;
  questionnaireId?: string;
  /** For ROADMAP: the roadmap whose items the table fills. */
  roadmap?: { owner: Owner; id: string };
  /** The same key for a retried request, so that a double click or a lost answer never imports twice. */
  idempotencyKey: string;
}

const sendFile = {
  bodySerializer: (body: unknown) => body as Blob,
};

export function upload({
  kind,
  file,
  dryRun,
  allOrNothing,
  questionnaireId,
  roadmap,
  idempotencyKey,
}: UploadRequest) {
  const query = { dryRun, allOrNothing, fileName: file.name };
  const header = { 'Idempotency-Key': idempotencyKey };
  const headers = { 'Content-Type': 'application/octet-stream' };
  const body = file as unknown as string;
  switch (kind) {
    case 'PARTICIPANTS':
      return unwrap(
        api.POST('/api/imports/participants', { params: { query, header }, body, headers, ...sendFile }),
      );
    case 'SCHOOLS':
      return unwrap(
        api.POST('/api/imports/schools', { params: { query, header }, body, headers, ...sendFile }),
      );
    case 'RESPONSES':
      return unwrap(
        api.POST('/api/imports/responses', {
          params: { query: { ...query, questionnaireId }, header },
          body,
          headers,
          ...sendFile,
        }),
      );
    case 'ROADMAP':
      // A roadmap's table goes into one roadmap, through that roadmap's own address.
      if (!roadmap) {
        throw new Error('A roadmap upload names its roadmap');
      }
      return uploadRoadmapFile(roadmap.owner, roadmap.id, { file, dryRun, allOrNothing, idempotencyKey });
  }
}

export function useUpload() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: upload,
    onSuccess: (job) => {
      qc.setQueryData(['import', job.id], job);
      void qc.invalidateQueries({ queryKey: ['imports'] });
    },
  });
}

export const RECENT_PAGE = 5;

/** The latest uploads of the user's scope, refreshed while one of them runs. */
export function useRecentImports(page: number) {
  return useQuery({
    queryKey: ['imports', page],
    queryFn: () => unwrap(api.GET('/api/imports', { params: { query: { page, size: RECENT_PAGE } } })),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some(isRunning) ? 1000 : false),
  });
}

/** The job, polled twice a second while it runs. */
export function useImportJob(id: string | undefined) {
  return useQuery({
    queryKey: ['import', id],
    queryFn: () => unwrap(api.GET('/api/imports/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: !!id,
    refetchInterval: (query) => (isRunning(query.state.data) ? 500 : false),
  });
}

export interface RowParams {
  action?: RowAction;
  page: number;
  size: number;
}

export function useImportRows(id: string | undefined, params: RowParams, enabled: boolean) {
  return useQuery({
    queryKey: ['import', id, 'rows', params],
    queryFn: () =>
      unwrap(api.GET('/api/imports/{id}/rows', { params: { path: { id: id ?? '' }, query: params } })),
    enabled: !!id && enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCancelImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/imports/{id}/cancel', { params: { path: { id } } })),
    onSuccess: (job) => qc.setQueryData(['import', job.id], job),
  });
}

export function usePublishedQuestionnaires(enabled: boolean) {
  return useQuery({
    queryKey: ['questionnaires', 'published'],
    queryFn: () =>
      unwrap(api.GET('/api/questionnaires', { params: { query: { status: 'PUBLISHED', size: 100 } } })),
    enabled,
  });
}

export function downloadReport(id: string, format: ExportFormat = 'xlsx') {
  return saveFile(
    api.GET('/api/imports/{id}/report', { params: { path: { id }, query: { format } }, parseAs: 'blob' }),
    `report.${format}`,
  );
}

const TEMPLATE_PATHS: Record<ImportKind, 'participants' | 'schools' | 'responses' | 'roadmap'> = {
  PARTICIPANTS: 'participants',
  SCHOOLS: 'schools',
  RESPONSES: 'responses',
  ROADMAP: 'roadmap',
};

export function downloadTemplate(kind: ImportKind, questionnaireId?: string) {
  return saveFile(
    api.GET('/api/imports/templates/{kind}', {
      params: { path: { kind: TEMPLATE_PATHS[kind] }, query: { format: 'xlsx', questionnaireId } },
      parseAs: 'blob',
    }),
    'template.xlsx',
  );
}
