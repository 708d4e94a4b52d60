import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';

import { FillPage } from '../features/questionnaires/components/FillPage';
import { cssVariablesResolver, theme } from './theme';

/** Pages that need no login: a participant filling a questionnaire from a personal link. */
export function PublicApp({ queryClient, token }: { queryClient: QueryClient; token: string }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <FillPage token={token} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
