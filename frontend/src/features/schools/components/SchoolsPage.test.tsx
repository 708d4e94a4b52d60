import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Me } from '../../me/api';
import { renderWithProviders } from '../../../test/render';
import { SchoolsPage } from './SchoolsPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const me: Me = {
  username: 'region',
  fullName: 'Елена',
  role: 'regional',
  regionId: 'r',
  regionName: 'Тверская область',
};

function school(i: number) {
  return {
    id: `s${i}`,
    municipalityId: 'm1',
    municipalityName: 'Город Тверь',
    fullName: `Школа ${i}`,
    shortName: `СОШ № ${i}`,
    kind: 'GENERAL',
    inn: `69000000${i}0`,
    address: 'Тверь',
    archived: i === 2,
    version: 0,
    createdAt: '2025-09-01T00:00:00Z',
    updatedAt: '2025-09-01T00:00:00Z',
  };
}

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

const requests: URL[] = [];

function serve() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      requests.push(url);
      if (url.pathname === '/api/municipalities') {
        return json({ items: [], total: 0, page: 0, size: 100 });
      }
      const page = Number(url.searchParams.get('page'));
      return json({ items: [school(page * 2 + 1), school(page * 2 + 2)], total: 45, page, size: 20 });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  requests.length = 0;
});

describe('SchoolsPage', () => {
  it('lists the schools of a page with their archive mark and the total', async () => {
    serve();
    renderWithProviders(<SchoolsPage me={me} />);
    const table = await screen.findByRole('table', { name: 'Образовательные организации' });
    await within(table).findByText('СОШ № 1');
    expect(within(table).getByText('В архиве')).toBeInTheDocument();
    expect(screen.getByText('Всего: 45')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Добавить организацию' })).toBeInTheDocument();
  });

  it('asks the API for the next page and for the sort the user clicks', async () => {
    serve();
    renderWithProviders(<SchoolsPage me={me} />);
    await screen.findByText('СОШ № 1');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Страница 2' }));
    await screen.findByText('СОШ № 3');
    await user.click(screen.getByRole('button', { name: /ИНН/ }));
    await waitFor(() => expect(requests.at(-1)?.searchParams.get('sort')).toBe('inn,asc'));
    const schoolRequests = requests.filter((u) => u.pathname === '/api/schools');
    expect(schoolRequests.some((u) => u.searchParams.get('page') === '1')).toBe(true);
    expect(schoolRequests.at(-1)?.searchParams.get('page')).toBe('1');
  });

  it('names every button, the pager’s arrows included, for screen readers', async () => {
    serve();
    renderWithProviders(<SchoolsPage me={me} />);
    await screen.findByText('СОШ № 1');
    const buttons = screen.getAllByRole('button');
    for (const button of buttons) {
      expect(button).toHaveAccessibleName();
    }
    expect(screen.getByRole('navigation', { name: 'Страницы списка' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Следующая страница' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Предыдущая страница' })).toBeDisabled();
  });
});
