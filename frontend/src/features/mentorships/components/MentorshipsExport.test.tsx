import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import { MentorshipsPage } from './MentorshipsPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const requests: URL[] = [];

afterEach(() => {
  vi.unstubAllGlobals();
  requests.length = 0;
});

describe('exporting the mentorships list', () => {
  it('downloads the pairs with the search and sort on screen', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request) => {
        const url = new URL(input.url);
        requests.push(url);
        if (url.pathname.endsWith('/mentorships/export')) {
          return new Response(new Blob(['x']), {
            headers: { 'Content-Disposition': 'attachment; filename="pairs.xlsx"' },
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
    renderWithProviders(<MentorshipsPage schoolId="s1" />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Поиск'), 'Волкова');
    await waitFor(() =>
      expect(requests.some((u) => u.searchParams.get('q') === 'Волкова' && u.searchParams.has('page'))).toBe(
        true,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Выгрузить' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Excel (.xlsx)' }));
    await waitFor(() => expect(requests.some((u) => u.pathname.endsWith('/mentorships/export'))).toBe(true));
    const exported = requests.find((u) => u.pathname.endsWith('/mentorships/export'));
    expect(exported?.pathname).toBe('/api/schools/s1/mentorships/export');
    expect(exported?.searchParams.get('format')).toBe('xlsx');
    expect(exported?.searchParams.get('q')).toBe('Волкова');
    expect(exported?.searchParams.get('sort')).toBe('createdAt,desc');
    expect(exported?.searchParams.has('page')).toBe(false);
  });
});
