import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { AuditEvent } from '../api';
import { AuditPage } from './AuditPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const changed: AuditEvent = {
  id: 'e1',
  at: '2026-10-05T09:30:00Z',
  actorRole: 'school',
  actorLogin: 'school',
  actorName: 'Ефимова Марина',
  category: 'PERSONAL_DATA',
  action: 'PARTICIPANT_UPDATED',
  actionLabel: 'Данные участника изменены',
  objectType: 'participant',
  objectId: 'p1',
  participantId: 'p1',
  fields: ['email', 'menteeProfile.difficulties'],
};

const gone: AuditEvent = {
  ...changed,
  id: 'e2',
  action: 'PARTICIPANT_DELETED',
  actionLabel: 'Участник удалён',
  participantId: 'p9',
  fields: [],
};

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const seen: URL[] = [];

function serve() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      seen.push(url);
      if (url.pathname === '/api/schools/s1/audit') {
        const items = url.searchParams.get('action') === 'PARTICIPANT_DELETED' ? [gone] : [changed, gone];
        return json({ items, total: items.length, page: 0, size: 20 });
      }
      if (url.pathname === '/api/schools/s1/participants/p1') {
        return json({ id: 'p1', fullName: 'Кузнецова Ольга Ивановна' });
      }
      if (url.pathname === '/api/schools/s1/participants') {
        return json({
          items: [{ id: 'p1', fullName: 'Кузнецова Ольга Ивановна' }],
          total: 1,
          page: 0,
          size: 50,
        });
      }
      return json({ type: 'urn:nastavnik:problem:not-found', title: 'Не найдено', status: 404 }, 404);
    }),
  );
}

const audits = () => seen.filter((u) => u.pathname.endsWith('/audit'));

afterEach(() => {
  vi.unstubAllGlobals();
  seen.length = 0;
});

describe("the school's audit trail", () => {
  it('shows who did what to whom, and the names of the fields changed, never their values', async () => {
    serve();
    renderWithProviders(<AuditPage scope={{ level: 'SCHOOL', id: 's1' }} />);
    const table = await screen.findByRole('table', { name: 'Журнал действий' });
    const row = (await within(table).findByText('Данные участника изменены')).closest('tr')!;
    expect(row).toHaveTextContent('Ефимова Марина');
    expect(within(row).getByText('email')).toBeInTheDocument();
    expect(within(row).getByText('menteeProfile.difficulties')).toBeInTheDocument();
    expect(await within(row).findByRole('link', { name: 'Кузнецова Ольга Ивановна' })).toHaveAttribute(
      'href',
      '/participants/p1',
    );
    const deleted = within(table).getByText('Участник удалён').closest('tr')!;
    expect(await within(deleted).findByText('участник удалён')).toBeInTheDocument();
    expect(audits().at(-1)?.searchParams.get('sort')).toBe('at,desc');
  });

  it('filters by person, action, group and dates on the server, from the first page', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<AuditPage scope={{ level: 'SCHOOL', id: 's1' }} />);
    const table = await screen.findByRole('table', { name: 'Журнал действий' });
    await within(table).findByText('Данные участника изменены');

    await user.click(screen.getByRole('combobox', { name: 'Участник' }));
    await user.click(await screen.findByRole('option', { name: 'Кузнецова Ольга Ивановна' }));
    await waitFor(() => expect(audits().at(-1)?.searchParams.get('person')).toBe('p1'));

    await user.click(screen.getByRole('combobox', { name: 'Действие' }));
    await user.click(await screen.findByRole('option', { name: 'Участник удалён' }));
    await waitFor(() => expect(audits().at(-1)?.searchParams.get('action')).toBe('PARTICIPANT_DELETED'));
    await waitFor(() => expect(within(table).queryByText('Данные участника изменены')).toBeNull());

    await user.click(screen.getByRole('combobox', { name: 'Группа' }));
    await user.click(await screen.findByRole('option', { name: 'Персональные данные' }));
    await user.type(screen.getByLabelText('С даты'), '2026-09-01');
    await user.type(screen.getByLabelText('По дату'), '2026-12-31');
    await waitFor(() => {
      const last = audits().at(-1)!;
      expect(Object.fromEntries(last.searchParams)).toMatchObject({
        person: 'p1',
        action: 'PARTICIPANT_DELETED',
        category: 'PERSONAL_DATA',
        from: '2026-09-01',
        to: '2026-12-31',
        page: '0',
      });
    });
  });

  it('offers no person filter nor person column above the school, where no personal data is shown', async () => {
    serve();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json({ items: [{ ...changed, participantId: undefined, fields: [] }], total: 1, page: 0, size: 20 }),
      ),
    );
    renderWithProviders(<AuditPage scope={{ level: 'MUNICIPALITY', id: 'm1' }} />);
    const table = await screen.findByRole('table', { name: 'Журнал действий' });
    await within(table).findByText('Данные участника изменены');
    expect(screen.queryByRole('combobox', { name: 'Участник' })).toBeNull();
    expect(within(table).queryByRole('columnheader', { name: 'Участник' })).toBeNull();
  });
});
