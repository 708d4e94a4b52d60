import { Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

import { ErrorAlert } from '../components/ui/ErrorAlert';
import { ApiError } from '../lib/api/problem';
import { NotFound } from './NotFound';

export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (
    (isRouteErrorResponse(error) && error.status === 404) ||
    (error instanceof ApiError && error.status === 404)
  ) {
    return <NotFound />;
  }
  return (
    <Stack align="center" py="xl">
      <Title order={2}>{t('app.error')}</Title>
      <ErrorAlert error={error} />
      <Button onClick={() => window.location.reload()}>{t('app.retry')}</Button>
    </Stack>
  );
}
