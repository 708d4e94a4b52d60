import { useQuery } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';

export type Me = Schemas['Me'];

export const meQuery = {
  queryKey: ['me'] as const,
  queryFn: () => unwrap(api.GET('/api/me')),
  staleTime: Infinity,
};

export function useMe() {
  return useQuery(meQuery);
}

/** Whether the user may create, archive and delete organisations. */
export function canManageSchools(me: Me): boolean {
  return me.role === 'regional' || me.role === 'municipal';
}

export function canEditSchoolData(me: Me): boolean {
  return me.role !== 'portal';
}

/** Only regional coordinators and schools write questionnaires; the others read them. */
export function canWriteTemplates(me: Me): boolean {
  return me.role === 'regional' || me.role === 'school';
}
