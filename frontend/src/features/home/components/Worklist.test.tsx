import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import { WORK_KINDS, type WorkKind, type Worklist as WorklistData } from '../api';
import { Worklist } from './Worklist';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const counts = (found: Partial<Record<WorkKind, number>>) =>
  WORK_KINDS.map((kind) => ({ kind, count: found[kind] ?? 0 }));

const waiting: WorklistData = {
  today: '2099-10-20',
  counts: counts({ PROPOSAL_UNDECIDED: 1, NO_RECENT_MEETING: 1 }),
  items: [
    {
      kind: 'NO_RECENT_MEETING',
      pair: { id: 'p1', mentorName: 'Кузнецова Ольга Ивановна', menteeNames: ['Орлов Никита'] },
      date: '2099-09-01',
      description: 'Ни одной встречи с начала работы 01.09.2099',
      refId: 'p1',
    },
    {
      kind: 'PROPOSAL_UNDECIDED',
      pair: { id: 'p2', mentorName: 'Смирнов Павел', menteeNames: ['Лебедева Анна', 'Зайцев Илья'] },
      date: '2099-10-18',
      description: 'Предложена 18.10.2099, ждёт решения и приказа',
      refId: 'p2',
    },
  ],
};

function serve(body: WorklistData) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      expect(new URL(request.url).pathname).toBe('/api/schools/s1/worklist');
      return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the curator's home", () => {
  it('shows a card per kind that waits and every item leading to its pair', async () => {
    serve(waiting);
    renderWithProviders(<Worklist schoolId="s1" />);
    const list = await screen.findByRole('list', { name: 'Дела куратора' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(
      within(items[0]!).getByRole('link', { name: 'Кузнецова Ольга Ивановна — Орлов Никита' }),
    ).toHaveAttribute('href', '/mentorships/p1');
    expect(within(items[0]!).getByText('01.09.2099')).toBeInTheDocument();
    expect(within(items[1]!).getByText('Предложена 18.10.2099, ждёт решения и приказа')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Предложения без решения/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Просроченные мероприятия/ })).not.toBeInTheDocument();
  });

  it('narrows the list to the kind of the card chosen, and shows everything again on a second click', async () => {
    serve(waiting);
    const user = userEvent.setup();
    renderWithProviders(<Worklist schoolId="s1" />);
    const card = await screen.findByRole('button', { name: /Нет встреч больше 30 дней/ });
    await user.click(card);
    expect(card).toHaveAttribute('aria-pressed', 'true');
    const list = screen.getByRole('list', { name: 'Дела куратора' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByText(/Ни одной встречи/)).toBeInTheDocument();
    await user.click(card);
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  });

  it('says all is well when nothing waits', async () => {
    serve({ today: '2099-10-20', counts: counts({}), items: [] });
    renderWithProviders(<Worklist schoolId="s1" />);
    expect(await screen.findByText('Всё в порядке: ничего не ждёт вашего решения')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
