import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { initAuth, logout } from './lib/auth';
import './lib/i18n';
import { createQueryClient } from './lib/queryClient';

const root = createRoot(document.getElementById('root')!);

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
