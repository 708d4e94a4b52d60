import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Me } from '../../me/api';
import { renderWithProviders } from '../../../test/render';
import { SchoolsPage } from './SchoolsPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const me: Me = {
  username: 'muni',
  fullName: 'Координатор',
  role: 'municipal',
  regionId: 'r',
  regionName: 'Тверская область',
  municipalityId: 'm',
};

const requests: URL[] = [];

afterEach(() => {
  vi.unstubAllGlobals();
  requests.length = 0;
});

describe('exporting the schools list', () => {
  it('downloads the list with the filters on screen', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request) => {
        const url = new URL(input.url);
        requests.push(url);
        if (url.pathname === '/api/schools/export') {
          return new Response(new Blob(['ИНН;Краткое наименование\r\n']), {
            headers: {
              'Content-Type': 'text/csv',
              'Content-Disposition': 'attachment; filename="schools.csv"',
            },
          });
        }
        return new Response(JSON.stringify({ items: [], total: 0, page: 0, size: 20 }), {
          headers: { 'Content-Type': 'application/json' },
        });
      }),
    );
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }),
    );
    renderWithProviders(<SchoolsPage me={me} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Поиск'), 'СОШ');
    await waitFor(() =>
      expect(requests.some((u) => u.pathname === '/api/schools' && u.searchParams.get('q') === 'СОШ')).toBe(
        true,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Выгрузить' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV для Excel (.csv)' }));
    await waitFor(() => expect(requests.some((u) => u.pathname === '/api/schools/export')).toBe(true));
    const exported = requests.find((u) => u.pathname === '/api/schools/export');
    expect(exported?.searchParams.get('format')).toBe('csv');
    expect(exported?.searchParams.get('q')).toBe('СОШ');
    expect(exported?.searchParams.get('status')).toBe('active');
    expect(exported?.searchParams.get('sort')).toBe('shortName,asc');
  });
});
