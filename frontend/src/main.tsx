import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { initAuth, logout } from './lib/auth';
import './lib/i18n';
import { createQueryClient } from './lib/queryClient';

/** A personal fill link's address; its page is fetched only when one is opened. */
const FILL_PREFIX = '/fill/';

const root = createRoot(document.getElementById('root')!);
const path = window.location.pathname;

function fail(message: string) {
  root.render(<p style={{ padding: 24 }}>{message}</p>);
}

if (path.startsWith(FILL_PREFIX)) {
  // The participant has no account, so Keycloak is never asked.
  const token = decodeURIComponent(path.slice(FILL_PREFIX.length).split('/')[0] ?? '');
  import('./app/PublicApp')
    .then(({ PublicApp }) => {
      root.render(
        <StrictMode>
          <PublicApp queryClient={createQueryClient()} token={token} />
        </StrictMode>,
      );
    })
    .catch(() => fail('Не удалось загрузить анкету: нет связи с сервером. Обновите страницу.'));
} else {
  initAuth()
    .then(() => {
      root.render(
        <StrictMode>
          <App queryClient={createQueryClient()} onLogout={() => void logout()} />
        </StrictMode>,
      );
    })
    .catch(() => fail('Сервер входа недоступен. Обновите страницу через минуту.'));
}
