import { Box, MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useRef } from 'react';

import { FillPage } from '../features/questionnaires/components/FillPage';
import { cssVariablesResolver, theme } from './theme';
import { usePageTitle } from './usePageTitle';

/** Pages that need no login: a participant filling a questionnaire from a personal link. */
export function PublicApp({ queryClient, token }: { queryClient: QueryClient; token: string }) {
  const main = useRef<HTMLElement>(null);
  usePageTitle(main);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <Box component="main" ref={main}>
          <FillPage token={token} />
        </Box>
      </QueryClientProvider>
    </MantineProvider>
  );
}
