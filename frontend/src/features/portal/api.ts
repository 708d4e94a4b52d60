import { useQuery } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';

export type PortalIndicators = Schemas['PortalIndicators'];
export type PortalIndicator = Schemas['PortalIndicator'];

/** The region's figures exactly as the portal's API gives them to the regional portal: counts only, small ones hidden. */
export function usePortalIndicators() {
  return useQuery({
    queryKey: ['portal', 'region', 'indicators'],
    queryFn: () => unwrap(api.GET('/api/portal/v1/region/indicators')),
  });
}
