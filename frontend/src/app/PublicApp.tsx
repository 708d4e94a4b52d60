import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';

import { FillPage } from '../features/questionnaires/components/FillPage';
import { theme } from './theme';

export const FILL_PREFIX = '/fill/';

/** Pages that need no login: a participant filling a questionnaire from a personal link. */
export function PublicApp({ queryClient, path }: { queryClient: QueryClient; path: string }) {
  const token = decodeURIComponent(path.slice(FILL_PREFIX.length).split('/')[0] ?? '');
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <FillPage token={token} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
