import { Center, MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';

import { ErrorAlert } from '../components/ui/ErrorAlert';
import { useMe } from '../features/me/api';
import { PageLoader } from './PageLoader';
import { AppRoutes } from './router';
import { cssVariablesResolver, theme } from './theme';

function Routes({ onLogout }: { onLogout: () => void }) {
  const me = useMe();
  if (me.error) {
    return (
      <Center h="100vh" p="md">
        <ErrorAlert error={me.error} />
      </Center>
    );
  }
  if (!me.data) {
    return <PageLoader fullScreen />;
  }
  return (
    <BrowserRouter>
      <AppRoutes me={me.data} onLogout={onLogout} />
    </BrowserRouter>
  );
}

export function App({ queryClient, onLogout }: { queryClient: QueryClient; onLogout: () => void }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <ModalsProvider>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <Routes onLogout={onLogout} />
        </QueryClientProvider>
      </ModalsProvider>
    </MantineProvider>
  );
}
