import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { FILL_PREFIX, PublicApp } from './app/PublicApp';
import { initAuth, logout } from './lib/auth';
import './lib/i18n';
import { createQueryClient } from './lib/queryClient';

const root = createRoot(document.getElementById('root')!);
const path = window.location.pathname;

if (path.startsWith(FILL_PREFIX)) {
  // A personal fill link: the participant has no account, so Keycloak is never asked.
  root.render(
    <StrictMode>
      <PublicApp queryClient={createQueryClient()} path={path} />
    </StrictMode>,
  );
} else {
  initAuth()
    .then(() => {
      root.render(
        <StrictMode>
          <App queryClient={createQueryClient()} onLogout={() => void logout()} />
        </StrictMode>,
      );
    })
    .catch(() => {
      root.render(<p style={{ padding: 24 }}>Сервер входа недоступен. Обновите страницу через минуту.</p>);
    });
}
