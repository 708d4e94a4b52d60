import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Entrant, Event } from '../api';
import { EventPage } from './EventPage';
import { EventsPage } from './EventsPage';
import { validateEvent, eventValues } from './eventForm';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const competition: Event = {
  id: 'e1',
  level: 'MUNICIPALITY',
  organiserId: 'm1',
  organiserName: 'Городской округ город Тверь',
  kind: 'COMPETITION',
  title: 'Наставник года',
  description: 'Конкурс наставников',
  startsOn: '2026-11-20',
  endsOn: '2026-12-20',
  status: 'ANNOUNCED',
  nominations: [{ id: 'n1', title: 'Педагог-наставник' }],
  entrants: 2,
  organiser: true,
  createdBy: 'Координатор',
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
  version: 3,
};

const winner: Entrant = {
  id: 'en1',
  kind: 'MENTOR',
  schoolId: 's1',
  schoolName: 'МОУ СОШ № 17',
  title: 'Волкова Татьяна Сергеевна',
  nominationId: 'n1',
  nominationTitle: 'Педагог-наставник',
  result: 'WINNER',
  place: 1,
  publication: 'NAME',
  enteredAt: '2026-11-21T10:00:00Z',
  version: 1,
};

const unnamed: Entrant = {
  id: 'en2',
  kind: 'MENTOR',
  schoolId: 's2',
  schoolName: 'МБОУ Конаковская СОШ № 1',
  publication: 'ANONYMOUS',
  enteredAt: '2026-11-22T10:00:00Z',
  version: 0,
};

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const seen: { url: URL; method: string; body?: unknown }[] = [];

function serve() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      const body =
        input.method === 'GET'
          ? undefined
          : await input
              .clone()
              .json()
              .catch(() => undefined);
      seen.push({ url, method: input.method, body });
      const base = '/api/municipalities/m1/events';
      if (url.pathname === base) {
        const kind = url.searchParams.get('kind');
        const items = [competition].filter((e) => !kind || e.kind === kind);
        return json({ items, total: items.length, page: 0, size: 20 });
      }
      if (url.pathname === `${base}/e1`) {
        return json(competition);
      }
      if (url.pathname === `${base}/e1/entrants`) {
        return json({ items: [winner, unnamed] });
      }
      if (url.pathname === `${base}/e1/results`) {
        return json({ items: [winner, unnamed] });
      }
      return json({ items: [], total: 0, page: 0, size: 100 });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  seen.length = 0;
});

const scope = { level: 'municipalities', id: 'm1' } as const;

describe('the list of events', () => {
  it('shows each event with its organiser and dates and filters by kind on the server', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<EventsPage scope={scope} />);
    const table = await screen.findByRole('table', { name: 'Мероприятия и конкурсы' });
    expect(await within(table).findByText('Наставник года')).toBeInTheDocument();
    expect(within(table).getByText('20.11.2026 – 20.12.2026')).toBeInTheDocument();
    expect(within(table).getByText('Объявлено')).toBeInTheDocument();
    expect(seen.at(-1)?.url.searchParams.get('sort')).toBe('startsOn,desc');

    await user.click(screen.getByRole('combobox', { name: 'Вид' }));
    await user.click(await screen.findByRole('option', { name: 'Семинар' }));
    expect(await screen.findByText(/Мероприятий не найдено/)).toBeInTheDocument();
    expect(seen.at(-1)?.url.searchParams.get('kind')).toBe('SEMINAR');
  });

  it('asks for what is missing before announcing an event', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<EventsPage scope={scope} />);
    await user.click(screen.getByRole('button', { name: 'Объявить мероприятие' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog).findByText('Выберите вид мероприятия')).toBeInTheDocument();
    expect(within(dialog).getByText('Укажите название')).toBeInTheDocument();
    expect(seen.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});

describe('an event', () => {
  it('highlights its winner, hides a name without consent, and sums up results after a confirmation', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(
      <Routes>
        <Route path="/events/:id" element={<EventPage scope={scope} />} />
      </Routes>,
      '/events/e1',
    );
    const table = await screen.findByRole('table', { name: 'Участники' });
    expect(await within(table).findByText('Волкова Татьяна Сергеевна')).toBeInTheDocument();
    expect(within(table).getByText('Без имени (нет согласия на публикацию)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Номинации' })).toBeInTheDocument();

    const rows = within(table).getAllByRole('row');
    await user.click(within(rows[2]!).getByRole('combobox', { name: 'Итог' }));
    await user.click(await screen.findByRole('option', { name: 'Призёр' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить итоги' }));
    const confirm = await screen.findByRole('dialog');
    await user.click(within(confirm).getByRole('button', { name: 'Сохранить итоги' }));
    await waitFor(() => expect(seen.some((r) => r.method === 'PUT')).toBe(true));
    const put = seen.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({
      version: 3,
      results: [{ entrantId: 'en2', version: 0, result: 'PRIZE_WINNER' }],
    });
  });

  it('asks before cancelling', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(
      <Routes>
        <Route path="/events/:id" element={<EventPage scope={scope} />} />
      </Routes>,
      '/events/e1',
    );
    await user.click(await screen.findByRole('button', { name: 'Отменить мероприятие' }));
    expect(await screen.findByText(/Заявки останутся/)).toBeInTheDocument();
    expect(seen.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});

describe('the rules of an event', () => {
  it('refuses an end before the start', () => {
    const messages = { kind: 'k', title: 't', startsOn: 's', endsOn: 'e', endsBeforeStart: 'before' };
    const values = {
      ...eventValues(null),
      kind: 'SEMINAR',
      title: 'Семинар',
      startsOn: '2027-02-10',
      endsOn: '2027-02-01',
    };
    expect(validateEvent(values, messages)).toEqual({ endsOn: 'before' });
    expect(validateEvent({ ...values, endsOn: '2027-02-10' }, messages)).toEqual({});
  });
});
