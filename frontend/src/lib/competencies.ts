import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from './api/client';

/** The shared catalogue of competencies that mentors offer and mentees ask for. */
export function useCompetencies() {
  return useQuery({
    queryKey: ['competencies'],
    queryFn: () => unwrap(api.GET('/api/competencies')),
    staleTime: Infinity,
  });
}
