import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';
import { saveFile } from '../../lib/download';
import type { Me } from '../me/api';

export type AuditEvent = Schemas['AuditEvent'];
export type AuditAction = Schemas['AuditAction'];
export type AuditCategory = Schemas['AuditCategory'];

export const AUDIT_CATEGORIES: AuditCategory[] = ['PERSONAL_DATA', 'CONSENT', 'EXPORT', 'TRANSITION'];

/** Whose trail: a school's (its own users), a municipality's or the region's. */
export interface AuditScope {
  level: 'school' | 'municipality' | 'region';
  id: string;
}

/** The trail the user reads: their own level's. The portal has none. */
export function auditScope(me: Me): AuditScope | null {
  if (me.role === 'school') {
    return me.schoolId ? { level: 'school', id: me.schoolId } : null;
  }
  if (me.role === 'municipal') {
    return me.municipalityId ? { level: 'municipality', id: me.municipalityId } : null;
  }
  return me.role === 'regional' ? { level: 'region', id: me.regionId } : null;
}

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
    case 'school':
      return unwrap(
        api.GET('/api/schools/{schoolId}/audit', { params: { path: { schoolId: scope.id }, query } }),
      );
    case 'municipality':
      return unwrap(
        api.GET('/api/municipalities/{municipalityId}/audit', {
          params: { path: { municipalityId: scope.id }, query },
        }),
      );
    case 'region':
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
    case 'school':
      return saveFile(
        api.GET('/api/schools/{schoolId}/audit/export', {
          params: { path: { schoolId: scope.id }, query },
          ...blob,
        }),
        'audit.xlsx',
      );
    case 'municipality':
      return saveFile(
        api.GET('/api/municipalities/{municipalityId}/audit/export', {
          params: { path: { municipalityId: scope.id }, query },
          ...blob,
        }),
        'audit.xlsx',
      );
    case 'region':
      return saveFile(
        api.GET('/api/regions/{regionId}/audit/export', {
          params: { path: { regionId: scope.id }, query },
          ...blob,
        }),
        'audit.xlsx',
      );
  }
}
