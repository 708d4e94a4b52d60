import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { TimelineEntry } from '../api';
import { PairTimeline } from './PairTimeline';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const entries: TimelineEntry[] = [
  {
    date: '2099-10-25',
    kind: 'MEETING',
    upcoming: true,
    title: 'Запланирована встреча (планирующая): План на четверть',
    detail: 'в 15:00',
    refId: 'mt2',
  },
  {
    date: '2099-10-10',
    kind: 'ACTIVITY',
    upcoming: false,
    title: 'Выполнено мероприятие: Разбор олимпиадных задач',
    detail: 'Решены задачи прошлого года',
    refId: 'a1',
  },
  {
    date: '2099-09-01',
    at: '2099-09-01T09:00:00Z',
    kind: 'LIFECYCLE',
    upcoming: false,
    title: 'Пара начала работу',
    detail: 'Записал(а): Ефимова Марина Геннадьевна',
    refId: 'e1',
  },
];

function serve() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      expect(new URL(request.url).pathname).toBe('/api/schools/s1/mentorships/p1/timeline');
      return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the pair's timeline", () => {
  it('lists every entry newest first with its date, kind and detail', async () => {
    serve();
    renderWithProviders(<PairTimeline schoolId="s1" mentorshipId="p1" />);
    expect(await screen.findByText('Пара начала работу')).toBeInTheDocument();
    const titles = screen.getAllByText(/^(Запланирована встреча|Выполнено мероприятие|Пара начала работу)/);
    expect(titles.map((t) => t.textContent)).toEqual([
      'Запланирована встреча (планирующая): План на четверть',
      'Выполнено мероприятие: Разбор олимпиадных задач',
      'Пара начала работу',
    ]);
    expect(screen.getByText('25.10.2099 · Встречи · впереди')).toBeInTheDocument();
    expect(screen.getByText('Решены задачи прошлого года')).toBeInTheDocument();
  });

  it('shows only the kind chosen, and says so when there is none of it', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<PairTimeline schoolId="s1" mentorshipId="p1" />);
    await screen.findByText('Пара начала работу');
    await user.click(screen.getByRole('radio', { name: 'Мероприятия' }));
    expect(screen.getByText('Выполнено мероприятие: Разбор олимпиадных задач')).toBeInTheDocument();
    expect(screen.queryByText('Пара начала работу')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Анкеты' }));
    expect(screen.getByText('Записей этого вида нет')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Все' }));
    expect(screen.getByText('Пара начала работу')).toBeInTheDocument();
  });
});
