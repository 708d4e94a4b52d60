import { Center, Loader, MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router';

import { ErrorAlert } from '../components/ui/ErrorAlert';
import { useMe } from '../features/me/api';
import { createRouter } from './router';
import { theme } from './theme';

function Routes({ onLogout }: { onLogout: () => void }) {
  const me = useMe();
  const router = useMemo(() => (me.data ? createRouter(me.data, onLogout) : null), [me.data, onLogout]);
  if (me.error) {
    return (
      <Center h="100vh" p="md">
        <ErrorAlert error={me.error} />
      </Center>
    );
  }
  if (!router) {
    return (
      <Center h="100vh">
        <Loader aria-label="Загрузка" />
      </Center>
    );
  }
  return <RouterProvider router={router} />;
}

export function App({ queryClient, onLogout }: { queryClient: QueryClient; onLogout: () => void }) {
  return (
    <MantineProvider theme={theme}>
      <ModalsProvider>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <Routes onLogout={onLogout} />
        </QueryClientProvider>
      </ModalsProvider>
    </MantineProvider>
  );
}
