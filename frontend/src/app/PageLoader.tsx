import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the page area shows while a page's code or the user's profile is being fetched. */
export function PageLoader({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={fullScreen ? '100vh' : undefined} py="xl">
      <Loader role="status" aria-label={t('app.pageLoading')} />
    </Center>
  );
}
