import { Box, MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useRef } from 'react';

import { FillPage } from '../features/questionnaires/components/FillPage';
import { PageErrorBoundary } from './PageErrorBoundary';
import { PageLoader } from './PageLoader';
import { cssVariablesResolver, theme } from './theme';
import { usePageTitle } from './usePageTitle';

/** The mentor's diary comes in a chunk of its own, so that a fill link loads none of it. */
const PublicDiaryPage = lazy(() =>
  import('../features/diary/components/PublicDiaryPage').then((m) => ({ default: m.PublicDiaryPage })),
);

/** Which page of a personal link: a questionnaire to fill, or the mentor's diary. */
export type PublicPage = 'fill' | 'diary';

/**
 * Pages that need no login: a participant filling a questionnaire from a personal link, a mentor keeping the
 * diary of their pair.
 */
export function PublicApp({
  queryClient,
  page,
  token,
}: {
  queryClient: QueryClient;
  page: PublicPage;
  token: string;
}) {
  const main = useRef<HTMLElement>(null);
  usePageTitle(main);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <Box component="main" ref={main}>
          {page === 'fill' ? (
            <FillPage token={token} />
          ) : (
            <PageErrorBoundary>
              <Suspense fallback={<PageLoader fullScreen />}>
                <PublicDiaryPage token={token} />
              </Suspense>
            </PageErrorBoundary>
          )}
        </Box>
      </QueryClientProvider>
    </MantineProvider>
  );
}
