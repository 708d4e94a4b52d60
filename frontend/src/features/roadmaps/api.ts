import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';
import { saveFile } from '../../lib/download';
import { levelSegment, type Owner } from './owner';

export type Roadmap = Schemas['Roadmap'];
export type RoadmapInput = Schemas['RoadmapInput'];
export type RoadmapItem = Schemas['RoadmapItem'];
export type RoadmapItemInput = Schemas['RoadmapItemInput'];
export type RoadmapLevel = Schemas['RoadmapLevel'];
export type RoadmapProgress = Schemas['RoadmapProgress'];
export type ProgressCounts = Schemas['RoadmapProgressCounts'];
export type ProgressUnit = Schemas['RoadmapProgressUnit'];
export type ItemStatus = Schemas['ItemStatus'];
export type DeadlineKind = Schemas['DeadlineKind'];

export { levelBelow, levelSegment, type Owner } from './owner';

export const ITEM_STATUSES: ItemStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
export const STAGES = [1, 2, 3, 4, 5, 6, 7] as const;
export const DEADLINE_KINDS: DeadlineKind[] = [
  'DATE',
  'MONTH',
  'THROUGH_YEAR',
  'AS_NEEDED',
  'MONTHLY',
  'QUARTERLY',
];

/**
 * The three levels answer one contract under their own prefix (the backend's RoadmapEndpoints), so one typed path
 * of the school's serves all three.
 */
function at<P extends `/api/schools/{id}/roadmaps${string}`>(path: P, level: RoadmapLevel): P {
  return path.replace('/api/schools/', `/api/${levelSegment(level)}/`) as P;
}

/** The path's parameters: the owner's id and the rest of the address. */
function pathOf<T extends Record<string, string>>(owner: Owner, rest: T = {} as T): { id: string } & T {
  return { id: owner.id, ...rest };
}

/** Where the SPA shows an owner's roadmaps: the user's own under /roadmaps, the level below's under its kind. */
export function roadmapsPath(owner: Owner, own: boolean): string {
  return own ? '/roadmaps' : `/roadmaps/${levelSegment(owner.level)}/${owner.id}`;
}

export interface ItemParams {
  overdue?: boolean;
  status?: ItemStatus;
  stage?: number;
  q?: string;
  page: number;
  size: number;
  sort?: string;
}

export const roadmapKeys = {
  all: ['roadmaps'] as const,
  list: (owner: Owner) => [...roadmapKeys.all, owner.level, owner.id] as const,
  one: (owner: Owner, id: string) => [...roadmapKeys.list(owner), 'one', id] as const,
  progress: (owner: Owner, year?: number) =>
    [...roadmapKeys.all, 'progress', owner.level, owner.id, year] as const,
  template: (level: RoadmapLevel) => [...roadmapKeys.all, 'template', level] as const,
};

export const roadmapsQuery = (owner: Owner, page: number, size: number) =>
  queryOptions({
    queryKey: [...roadmapKeys.list(owner), 'page', page, size],
    queryFn: () =>
      unwrap(
        api.GET(at('/api/schools/{id}/roadmaps', owner.level), {
          params: { path: pathOf(owner), query: { page, size } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const roadmapQuery = (owner: Owner, roadmapId: string) =>
  queryOptions({
    queryKey: roadmapKeys.one(owner, roadmapId),
    queryFn: () =>
      unwrap(
        api.GET(at('/api/schools/{id}/roadmaps/{roadmapId}', owner.level), {
          params: { path: pathOf(owner, { roadmapId }) },
        }),
      ),
  });

export const itemsQuery = (owner: Owner, roadmapId: string, params: ItemParams) =>
  queryOptions({
    queryKey: [...roadmapKeys.one(owner, roadmapId), 'items', params],
    queryFn: () =>
      unwrap(
        api.GET(at('/api/schools/{id}/roadmaps/{roadmapId}/items', owner.level), {
          params: { path: pathOf(owner, { roadmapId }), query: params },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** The owner's own progress and the level below's; `own.overdue` is what the dashboards show. */
export const progressQuery = (owner: Owner, year?: number) =>
  queryOptions({
    queryKey: roadmapKeys.progress(owner, year),
    queryFn: () =>
      unwrap(
        api.GET(at('/api/schools/{id}/roadmaps/progress', owner.level), {
          params: { path: pathOf(owner), query: { year } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const templateQuery = (level: RoadmapLevel) =>
  queryOptions({
    queryKey: roadmapKeys.template(level),
    queryFn: () => unwrap(api.GET('/api/roadmap-templates/{level}', { params: { path: { level } } })),
    staleTime: Infinity,
  });

export function useRoadmaps(owner: Owner, page: number, size: number) {
  return useQuery(roadmapsQuery(owner, page, size));
}

export function useRoadmap(owner: Owner, roadmapId: string) {
  return useQuery(roadmapQuery(owner, roadmapId));
}

export function useItems(owner: Owner, roadmapId: string, params: ItemParams) {
  return useQuery(itemsQuery(owner, roadmapId, params));
}

export function useProgress(owner: Owner, year?: number) {
  return useQuery(progressQuery(owner, year));
}

export function useTemplate(level: RoadmapLevel, enabled: boolean) {
  return useQuery({ ...templateQuery(level), enabled });
}

/** Any change to a roadmap moves its progress, and with it the counts above: all of roadmaps is read again. */
function useRoadmapMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: roadmapKeys.all }),
  });
}

export function useCreateRoadmap(owner: Owner) {
  return useRoadmapMutation(({ body, fromTemplate }: { body: RoadmapInput; fromTemplate: boolean }) =>
    unwrap(
      fromTemplate
        ? api.POST(at('/api/schools/{id}/roadmaps/from-template', owner.level), {
            params: { path: pathOf(owner) },
            body,
          })
        : api.POST(at('/api/schools/{id}/roadmaps', owner.level), { params: { path: pathOf(owner) }, body }),
    ),
  );
}

export function useDeleteRoadmap(owner: Owner) {
  return useRoadmapMutation((roadmapId: string) =>
    unwrap(
      api.DELETE(at('/api/schools/{id}/roadmaps/{roadmapId}', owner.level), {
        params: { path: pathOf(owner, { roadmapId }) },
      }),
    ),
  );
}

export function useSaveItem(owner: Owner, roadmapId: string) {
  return useRoadmapMutation(({ itemId, body }: { itemId?: string; body: RoadmapItemInput }) =>
    unwrap(
      itemId
        ? api.PUT(at('/api/schools/{id}/roadmaps/{roadmapId}/items/{itemId}', owner.level), {
            params: { path: pathOf(owner, { roadmapId, itemId }) },
            body,
          })
        : api.POST(at('/api/schools/{id}/roadmaps/{roadmapId}/items', owner.level), {
            params: { path: pathOf(owner, { roadmapId }) },
            body,
          }),
    ),
  );
}

export function useDeleteItem(owner: Owner, roadmapId: string) {
  return useRoadmapMutation((itemId: string) =>
    unwrap(
      api.DELETE(at('/api/schools/{id}/roadmaps/{roadmapId}/items/{itemId}', owner.level), {
        params: { path: pathOf(owner, { roadmapId, itemId }) },
      }),
    ),
  );
}

const sendFile = { bodySerializer: (body: unknown) => body as Blob };

/** Attaches a file as the item's evidence; the server decides its type by the content. */
export function useUploadEvidence(owner: Owner, roadmapId: string) {
  return useRoadmapMutation(({ itemId, file }: { itemId: string; file: File }) =>
    unwrap(
      api.PUT(at('/api/schools/{id}/roadmaps/{roadmapId}/items/{itemId}/evidence', owner.level), {
        params: { path: pathOf(owner, { roadmapId, itemId }), query: { fileName: file.name } },
        body: file as unknown as string,
        headers: { 'Content-Type': 'application/octet-stream' },
        ...sendFile,
      }),
    ),
  );
}

export function useDeleteEvidence(owner: Owner, roadmapId: string) {
  return useRoadmapMutation((itemId: string) =>
    unwrap(
      api.DELETE(at('/api/schools/{id}/roadmaps/{roadmapId}/items/{itemId}/evidence', owner.level), {
        params: { path: pathOf(owner, { roadmapId, itemId }) },
      }),
    ),
  );
}

export function downloadEvidence(owner: Owner, roadmapId: string, item: RoadmapItem) {
  return saveFile(
    api.GET(at('/api/schools/{id}/roadmaps/{roadmapId}/items/{itemId}/evidence', owner.level), {
      params: { path: pathOf(owner, { roadmapId, itemId: item.id }) },
      parseAs: 'blob',
    }),
    item.evidence?.fileName ?? 'evidence',
  );
}

export type RoadmapFormat = 'xlsx' | 'docx';

/** The roadmap as the seeds print it: an Excel table or a Word document on landscape pages. */
export function downloadRoadmap(owner: Owner, roadmapId: string, format: RoadmapFormat) {
  const call =
    format === 'xlsx'
      ? api.GET(at('/api/schools/{id}/roadmaps/{roadmapId}/xlsx', owner.level), {
          params: { path: pathOf(owner, { roadmapId }) },
          parseAs: 'blob',
        })
      : api.GET(at('/api/schools/{id}/roadmaps/{roadmapId}/docx', owner.level), {
          params: { path: pathOf(owner, { roadmapId }) },
          parseAs: 'blob',
        });
  return saveFile(call, `roadmap.${format}`);
}

export interface RoadmapFile {
  file: File;
  dryRun: boolean;
  allOrNothing: boolean;
  idempotencyKey: string;
}

/** Sends a table of items into one roadmap through the imports: a job with its dry run and row report. */
export function uploadRoadmapFile(owner: Owner, roadmapId: string, request: RoadmapFile) {
  const { file, dryRun, allOrNothing, idempotencyKey } = request;
  return unwrap(
    api.POST(at('/api/schools/{id}/roadmaps/{roadmapId}/import', owner.level), {
      params: {
        path: pathOf(owner, { roadmapId }),
        query: { dryRun, allOrNothing, fileName: file.name },
        header: { 'Idempotency-Key': idempotencyKey },
      },
      body: file as unknown as string,
      headers: { 'Content-Type': 'application/octet-stream' },
      ...sendFile,
    }),
  );
}
