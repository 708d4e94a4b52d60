import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Mentorship } from '../api';
import { ApproveOrderPage } from './ApproveOrderPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

function proposed(id: string, mentor: string, mentee: string): Mentorship {
  return {
    id,
    schoolId: 's1',
    form: 'TEACHER_PUPIL',
    kind: 'TRADITIONAL',
    status: 'PROPOSED',
    mentor: { id: `m-${id}`, fullName: mentor, kind: 'TEACHER' },
    mentees: [{ id: `a-${id}`, fullName: mentee, kind: 'PUPIL' }],
    plannedStart: '2026-09-01',
    plannedEnd: '2027-03-01',
    origin: 'MANUAL',
    allowedActions: ['APPROVE', 'TERMINATE'],
    createdBy: 'Куратор',
    createdAt: '2026-08-20T10:00:00Z',
    version: 0,
  };
}

const requests: { url: URL; method: string; body?: unknown }[] = [];

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

function serve(orderAnswer: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      if (input.method === 'POST') {
        requests.push({ url, method: 'POST', body: await input.json() });
        return orderAnswer();
      }
      requests.push({ url, method: 'GET' });
      return json({
        items: [
          proposed('p1', 'Кузнецова Ольга', 'Орлов Никита'),
          proposed('p2', 'Жуков Игорь', 'Цветкова Яна'),
        ],
        total: 2,
        page: 0,
        size: 100,
      });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  requests.length = 0;
});

describe('approving proposed pairs with an order', () => {
  it('asks only for proposed pairs and issues the order for the ones chosen', async () => {
    serve(() =>
      json(
        {
          id: 'o1',
          schoolId: 's1',
          kind: 'MENTORSHIP_APPROVAL',
          number: '12-о/д',
          date: '2026-09-01',
          title: 'О закреплении наставнических пар (групп)',
          headPosition: 'Директор',
          rows: [],
          createdBy: 'Куратор',
          createdAt: '2026-09-01T10:00:00Z',
        },
        201,
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<ApproveOrderPage schoolId="s1" />);
    await screen.findByText('Кузнецова Ольга');
    expect(requests[0]?.url.searchParams.get('status')).toBe('PROPOSED');

    await user.click(screen.getByRole('button', { name: 'Издать приказ' }));
    expect(await screen.findByText('Выберите хотя бы одну пару')).toBeInTheDocument();
    expect(await screen.findByText('Укажите номер приказа')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Жуков Игорь — Цветкова Яна' }));
    await user.type(screen.getByRole('textbox', { name: /Номер приказа/ }), '12-о/д');
    await user.type(screen.getByRole('textbox', { name: /Руководитель/ }), 'А. В. Сергеев');
    await user.click(screen.getByRole('button', { name: 'Издать приказ' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.url.pathname).toBe('/api/schools/s1/orders');
    expect(post?.body).toMatchObject({ number: '12-о/д', mentorshipIds: ['p2'], headName: 'А. В. Сергеев' });
    expect(await screen.findByRole('button', { name: 'Word (.docx)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'PDF' })).toBeInTheDocument();
  });

  it('shows the server’s refusal of a taken order number next to the number', async () => {
    serve(() =>
      json(
        {
          type: 'urn:nastavnik:problem:validation',
          title: 'Проверьте заполнение полей',
          status: 400,
          errors: [{ field: 'number', message: 'Приказ № 12-о/д уже издан в 2026 году' }],
        },
        400,
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<ApproveOrderPage schoolId="s1" />);
    await user.click(await screen.findByRole('checkbox', { name: 'Кузнецова Ольга — Орлов Никита' }));
    await user.type(screen.getByRole('textbox', { name: /Номер приказа/ }), '12-о/д');
    await user.click(screen.getByRole('button', { name: 'Издать приказ' }));
    expect(await screen.findByText('Приказ № 12-о/д уже издан в 2026 году')).toBeInTheDocument();
  });
});
