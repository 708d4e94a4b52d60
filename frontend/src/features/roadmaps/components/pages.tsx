import { useParams } from 'react-router';

import type { RoadmapLevel } from '../api';
import { RoadmapPage, type RoadmapUploadSlot } from './RoadmapPage';
import { RoadmapsPage } from './RoadmapsPage';

/** The pages of roadmaps, in the one chunk the router loads when one of them is first opened. */
export { RoadmapPage, RoadmapsPage };

/** The level below's roadmaps, read by the level above: the owner is in the address. */
export function BelowRoadmapsPage({ level }: { level: RoadmapLevel }) {
  const { ownerId = '' } = useParams();
  return <RoadmapsPage key={ownerId} owner={{ level, id: ownerId }} editable={false} />;
}

export function BelowRoadmapPage({ level }: { level: RoadmapLevel }) {
  const { ownerId = '' } = useParams();
  return <RoadmapPage owner={{ level, id: ownerId }} editable={false} />;
}

export type { RoadmapUploadSlot };
