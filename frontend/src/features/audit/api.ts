import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';
import { saveFile } from '../../lib/download';
import type { Place } from '../../lib/ownPlace';

export type AuditEvent = Schemas['AuditEvent'];
export type AuditAction = Schemas['AuditAction'];
export type AuditCategory = Schemas['AuditCategory'];

/** Whose trail: a school's (its own users), a municipality's or the region's. */
export type AuditScope = Place;

export const AUDIT_CATEGORIES: AuditCategory[] = ['PERSONAL_DATA', 'CONSENT', 'EXPORT', 'TRANSITION'];

/** The filters, shared by the list and its export. */
export interface AuditFilter {
  person?: string;
  action?: AuditAction;
  category?: AuditCategory;
  from?: string;
  to?: string;
  sort?: string;
}

export const auditKeys = {
  all: ['audit'] as const,
  list: (scope: AuditScope, filter: AuditFilter, page: number, size: number) =>
    [...auditKeys.all, scope.level, scope.id, filter, page, size] as const,
};

function fetchPage(scope: AuditScope, query: AuditFilter & { page: number; size: number }) {
  switch (scope.level) {
    case 'SCHOOL':
      return unwrap(
        api.GET('/api/schools/{schoolId}/audit', { params: { path: { schoolId: scope.id }, query } }),
      );
    case 'MUNICIPALITY':
      return unwrap(
        api.GET('/api/municipalities/{municipalityId}/audit', {
          params: { path: { municipalityId: scope.id }, query },
        }),
      );
    case 'REGION':
      return unwrap(
        api.GET('/api/regions/{regionId}/audit', { params: { path: { regionId: scope.id }, query } }),
      );
  }
}

export const auditQuery = (scope: AuditScope, filter: AuditFilter, page: number, size: number) =>
  queryOptions({
    queryKey: auditKeys.list(scope, filter, page, size),
    queryFn: () => fetchPage(scope, { ...filter, page, size }),
    placeholderData: keepPreviousData,
  });

export function useAudit(scope: AuditScope, filter: AuditFilter, page: number, size: number) {
  return useQuery(auditQuery(scope, filter, page, size));
}

/** The same entries as an Excel book; the download is itself recorded. */
export function exportAudit(scope: AuditScope, query: AuditFilter) {
  const blob = { parseAs: 'blob' } as const;
  switch (scope.level) {
    case 'SCHOOL':
      return saveFile(
        api.GET('/api/schools/{schoolId}/audit/export', {
          params: { path: { schoolId: scope.id }, query },
          ...blob,
        }),
        'audit.xlsx',
      );
    case 'MUNICIPALITY':
      return saveFile(
        api.GET('/api/municipalities/{municipalityId}/audit/export', {
          params: { path: { municipalityId: scope.id }, query },
          ...blob,
        }),
        'audit.xlsx',
      );
    case 'REGION':
      return saveFile(
        api.GET('/api/regions/{regionId}/audit/export', {
          params: { path: { regionId: scope.id }, query },
          ...blob,
        }),
        'audit.xlsx',
      );
  }
}
