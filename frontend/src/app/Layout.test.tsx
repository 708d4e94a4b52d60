import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import type { Me } from '../features/me/api';
import i18n from '../lib/i18n';
import { renderWithProviders } from '../test/render';
import { Layout, navItems } from './Layout';
import { homePath } from './router';

const base: Me = {
  username: 'u',
  fullName: 'Пользователь',
  role: 'regional',
  regionId: 'r',
  regionName: 'Тверская область',
};
const t = (key: string) => i18n.t(key);

describe('where each role lands after login', () => {
  it('takes the regional coordinator to the region’s dashboard', () => {
    expect(homePath(base)).toBe('/monitoring');
  });

  it('takes a municipal coordinator to the municipality’s dashboard, or to the schools without a municipality', () => {
    expect(homePath({ ...base, role: 'municipal', municipalityId: 'm' })).toBe('/monitoring');
    expect(homePath({ ...base, role: 'municipal' })).toBe('/schools');
  });

  it('takes the portal to what the portal receives', () => {
    expect(homePath({ ...base, role: 'portal' })).toBe('/portal');
  });
});

describe('navigation follows the role /api/me reports', () => {
  it('gives a regional coordinator monitoring, schools, municipalities, questionnaires, the bank of practices, reports, roadmaps, uploads and the audit trail', () => {
    expect(navItems(base, t).map((i) => i.label)).toEqual([
      'Мониторинг',
      'Организации',
      'Муниципалитеты',
      'Анкеты',
      'Банк лучших практик',
      'Рекомендованные наставники',
      'Реестр наставников',
      'Мероприятия и конкурсы',
      'Отчёты',
      'Дорожные карты',
      'Загрузка из файла',
      'Журнал действий',
    ]);
  });

  it('gives a municipal coordinator monitoring, the schools, questionnaires, matching, the review of practices, the mentors and the registry, reports, roadmaps, uploads and the audit trail', () => {
    expect(navItems({ ...base, role: 'municipal', municipalityId: 'm' }, t)).toEqual([
      { to: '/monitoring', label: 'Мониторинг' },
      { to: '/schools', label: 'Организации' },
      { to: '/questionnaires', label: 'Анкеты' },
      { to: '/matching', label: 'Подбор пар' },
      { to: '/best-practices', label: 'Лучшие практики школ' },
      { to: '/mentor-nominations', label: 'Выдвижения наставников' },
      { to: '/mentor-registry', label: 'Реестр наставников' },
      { to: '/events', label: 'Мероприятия и конкурсы' },
      { to: '/reports', label: 'Отчёты' },
      { to: '/roadmaps', label: 'Дорожные карты' },
      { to: '/imports', label: 'Загрузка из файла' },
      { to: '/audit', label: 'Журнал действий' },
    ]);
  });

  it('gives the portal only its own page: its account reaches nothing but the portal API', () => {
    expect(navItems({ ...base, role: 'portal' }, t).map((i) => i.to)).toEqual(['/portal']);
  });

  it('takes a school user straight to their own school', () => {
    const me: Me = { ...base, role: 'school', municipalityId: 'm', schoolId: 's1', schoolName: 'СОШ № 1' };
    expect(navItems(me, t)).toEqual([
      { to: '/schools/s1', label: 'Моя организация' },
      { to: '/participants', label: 'Участники' },
      { to: '/questionnaires', label: 'Анкеты' },
      { to: '/matching', label: 'Подбор пар' },
      { to: '/mentorships', label: 'Наставнические пары' },
      { to: '/rewards', label: 'Награды' },
      { to: '/best-practices', label: 'Лучшие практики' },
      { to: '/mentor-nominations', label: 'Выдвижение наставников' },
      { to: '/mentor-registry', label: 'Реестр наставников' },
      { to: '/events', label: 'Мероприятия и конкурсы' },
      { to: '/reports', label: 'Отчёты' },
      { to: '/roadmaps', label: 'Дорожные карты' },
      { to: '/imports', label: 'Загрузка из файла' },
      { to: '/audit', label: 'Журнал действий' },
    ]);
    expect(homePath(me)).toBe('/schools/s1');
  });
});

const Unreachable = lazy(() =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Page-1a2b.js')),
);

function renderLayout(route = '/') {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<Layout me={base} onLogout={() => {}} />}>
        <Route
          index
          element={
            <>
              <h1>Организации</h1>
              <Link to="/municipalities">Дальше</Link>
            </>
          }
        />
        <Route path="municipalities" element={<h1>Муниципалитеты</h1>} />
        <Route path="unreachable" element={<Unreachable />} />
        <Route path="home" element={<Navigate to="/municipalities" replace />} />
      </Route>
    </Routes>,
    route,
  );
}

describe('the layout around every page', () => {
  it('offers a skip link first, which takes the focus to the page’s content', async () => {
    renderLayout();
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Перейти к содержимому' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('starts the focus at the content of a new page and names the browser tab after its heading', async () => {
    renderLayout();
    await waitFor(() => expect(document.title).toBe('Организации — Наставник'));
    await userEvent.setup().click(screen.getByRole('link', { name: 'Дальше' }));
    expect(await screen.findByRole('heading', { name: 'Муниципалитеты' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
    await waitFor(() => expect(document.title).toBe('Муниципалитеты — Наставник'));
  });

  it('leaves the focus alone after a redirect, so that the first Tab still reaches the skip link', async () => {
    renderLayout('/home');
    expect(await screen.findByRole('heading', { name: 'Муниципалитеты' })).toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveFocus();
    await userEvent.setup().tab();
    expect(screen.getByRole('link', { name: 'Перейти к содержимому' })).toHaveFocus();
  });

  it('shows the error page inside the layout when a page’s code cannot be fetched', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderLayout('/unreachable');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Не удалось загрузить страницу: нет связи с сервером или приложение обновилось. Обновите страницу.',
    );
    expect(screen.getByRole('button', { name: 'Повторить' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Разделы' })).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
