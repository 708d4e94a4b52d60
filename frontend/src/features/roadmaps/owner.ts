import type { Schemas } from '../../lib/api/client';
import type { Place } from '../../lib/ownPlace';

type RoadmapLevel = Schemas['RoadmapLevel'];

/** Whose roadmaps: a school's, a municipality's or the region's. */
export type Owner = Place;

/** The level one down, whose roadmaps the owner reads and whose progress it follows. */
export function levelBelow(level: RoadmapLevel): RoadmapLevel | null {
  return level === 'REGION' ? 'MUNICIPALITY' : level === 'MUNICIPALITY' ? 'SCHOOL' : null;
}

const SEGMENTS: Record<RoadmapLevel, string> = {
  SCHOOL: 'schools',
  MUNICIPALITY: 'municipalities',
  REGION: 'regions',
};

/** The address segment of a level, in the API and in the SPA's pages of the level below. */
export function levelSegment(level: RoadmapLevel): string {
  return SEGMENTS[level];
}
