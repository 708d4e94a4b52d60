import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { describeError } from '../../lib/api/problem';

export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  return (
    <Alert color="red" title={t('app.errorTitle')} role="alert">
      {describeError(error)}
    </Alert>
  );
}
