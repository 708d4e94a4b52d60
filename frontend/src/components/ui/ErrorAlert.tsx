import { Alert } from '@mantine/core';

import { describeError } from '../../lib/api/problem';

export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) {
    return null;
  }
  return (
    <Alert color="red" title="Ошибка" role="alert">
      {describeError(error)}
    </Alert>
  );
}
