import { Alert, Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../components/ui/ErrorAlert';
import { ApiError } from '../lib/api/problem';
import { NotFound } from './NotFound';

/**
 * What the browsers say when a page's chunk cannot be fetched: the network is gone, or a new release replaced
 * the chunk this copy of the app still asks for. Reloading helps in both cases.
 */
const CHUNK_FAILURE =
  /dynamically imported module|Importing a module script failed|Unable to preload CSS|error loading dynamically/i;

export function isChunkLoadFailure(error: unknown): boolean {
  return error instanceof Error && CHUNK_FAILURE.test(error.message);
}

export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    return <NotFound />;
  }
  return (
    <Stack align="center" py="xl">
      <Title order={1}>{t('app.error')}</Title>
      {isChunkLoadFailure(error) ? (
        <Alert color="red" role="alert">
          {t('app.pageLoadFailed')}
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
      <Button onClick={() => window.location.reload()}>{t('app.retry')}</Button>
    </Stack>
  );
}
