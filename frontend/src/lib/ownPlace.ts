import type { Schemas } from './api/client';

/** A school, a municipality or the region: the levels at which people keep their own records. */
export interface Place {
  level: 'SCHOOL' | 'MUNICIPALITY' | 'REGION';
  id: string;
}

/**
 * The user's own place, whose roadmaps and audit trail they keep; none for a role without one (the portal, or a
 * coordinator not yet given a municipality). Apart from the features' API calls, so that the router can place pages
 * without loading them.
 */
export function ownPlace(me: Schemas['Me']): Place | null {
  if (me.role === 'school') {
    return me.schoolId ? { level: 'SCHOOL', id: me.schoolId } : null;
  }
  if (me.role === 'municipal') {
    return me.municipalityId ? { level: 'MUNICIPALITY', id: me.municipalityId } : null;
  }
  return me.role === 'regional' ? { level: 'REGION', id: me.regionId } : null;
}
