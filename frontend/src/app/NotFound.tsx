import { Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack align="center" py="xl">
      <Title order={1}>{t('app.notFound')}</Title>
      <Button component={Link} to="/">
        {t('app.toHome')}
      </Button>
    </Stack>
  );
}
