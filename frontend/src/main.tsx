import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import type { PublicPage } from './app/PublicApp';
import { initAuth, logout } from './lib/auth';
import { loadStrings } from './lib/i18n';
import { createQueryClient } from './lib/queryClient';

/** The addresses of personal links (a fill link, the mentor's diary); their pages are fetched only when opened. */
const PUBLIC_PAGES: Record<string, PublicPage> = { '/fill/': 'fill', '/diary/': 'diary' };

const root = createRoot(document.getElementById('root')!);
const path = window.location.pathname;

function fail(message: string) {
  root.render(<p style={{ padding: 24 }}>{message}</p>);
}

const publicPrefix = Object.keys(PUBLIC_PAGES).find((prefix) => path.startsWith(prefix));

if (publicPrefix) {
  // Whoever holds a personal link has no account, so Keycloak is never asked.
  const page = PUBLIC_PAGES[publicPrefix]!;
  const token = decodeURIComponent(path.slice(publicPrefix.length).split('/')[0] ?? '');
  Promise.all([import('./app/PublicApp'), loadStrings(page === 'fill' ? ['questionnaires'] : ['diary'])])
    .then(([{ PublicApp }]) => {
      root.render(
        <StrictMode>
          <PublicApp queryClient={createQueryClient()} page={page} token={token} />
        </StrictMode>,
      );
    })
    .catch(() => fail('Не удалось загрузить страницу: нет связи с сервером. Обновите страницу.'));
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
