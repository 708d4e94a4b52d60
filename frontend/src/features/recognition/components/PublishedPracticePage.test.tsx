import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { PublishedPractice } from '../api';
import { PublishedPracticeScreen } from './PublishedPracticePage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const submitted: PublishedPractice = {
  id: 'bp1',
  schoolId: 's1',
  schoolName: 'МОУ СОШ № 17',
  municipalityId: 'm1',
  municipalityName: 'Городской округ город Тверь',
  title: 'Геометрия вдвоём',
  description: 'Готовили проект',
  results: 'Второе место',
  form: 'TEACHER_PUPIL',
  kind: 'TRADITIONAL',
  menteeCount: 1,
  startedOn: '2025-09-15',
  endedOn: '2026-05-29',
  status: 'SUBMITTED',
  submittedAt: '2026-06-02T10:00:00Z',
  people: [{ role: 'MENTOR', fullName: 'Кузнецова Ольга Ивановна' }],
  attachments: [
    {
      id: 'a1',
      title: 'Приложение 1',
      fileName: 'Приложение 1.pdf',
      contentType: 'application/pdf',
      size: 2048,
    },
  ],
  allowedActions: ['ACCEPT', 'RETURN'],
  version: 2,
};

const sent: { url: URL; body: unknown }[] = [];

function serve() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      if (input.method === 'POST') {
        sent.push({ url, body: await input.json() });
      }
      return new Response(
        JSON.stringify({ ...submitted, status: 'ACCEPTED', allowedActions: ['RECOMMEND'] }),
        {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        },
      );
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
});

const municipality = { kind: 'municipality', id: 'm1' } as const;

describe('the municipal coordinator’s page of a practice', () => {
  it('shows the practice as published and only the decisions the server allows', () => {
    serve();
    renderWithProviders(<PublishedPracticeScreen scope={municipality} practice={submitted} />);
    expect(screen.getByRole('heading', { name: 'Геометрия вдвоём' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Участники' })).getByText('Кузнецова Ольга Ивановна'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Скачать Приложение 1.pdf' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Принять в банк' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Вернуть на доработку' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Рекомендовать региону' })).not.toBeInTheDocument();
  });

  it('returns a practice only with a comment and after the coordinator confirms', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<PublishedPracticeScreen scope={municipality} practice={submitted} />);
    await user.click(screen.getByRole('button', { name: 'Вернуть на доработку' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Вернуть на доработку' }));
    expect(
      await within(dialog).findByText('Напишите, что исправить: без комментария практику не вернуть'),
    ).toBeInTheDocument();

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Что исправить' }),
      'Добавьте результаты анкет',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Вернуть на доработку' }));
    expect(sent).toHaveLength(0);
    const question = await screen.findByText(
      /Вернуть практику «Геометрия вдвоём» организации на доработку\?/,
    );
    await user.click(
      within(question.closest('section') ?? document.body).getByRole('button', {
        name: 'Вернуть на доработку',
      }),
    );
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.url.pathname).toBe('/api/municipalities/m1/best-practices/bp1/return');
    expect(sent[0]?.body).toEqual({ version: 2, comment: 'Добавьте результаты анкет' });
  });

  it('accepts after the coordinator confirms', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<PublishedPracticeScreen scope={municipality} practice={submitted} />);
    await user.click(screen.getByRole('button', { name: 'Принять в банк' }));
    const question = await screen.findByText(/Принять практику «Геометрия вдвоём» в муниципальный банк/);
    expect(sent).toHaveLength(0);
    await user.click(
      within(question.closest('section') ?? document.body).getByRole('button', { name: 'Принять в банк' }),
    );
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.url.pathname).toBe('/api/municipalities/m1/best-practices/bp1/accept');
    expect(sent[0]?.body).toEqual({ version: 2 });
  });

  it('gives the region no decisions to make', () => {
    serve();
    renderWithProviders(
      <PublishedPracticeScreen
        scope={{ kind: 'region', id: 'r1' }}
        practice={{ ...submitted, status: 'RECOMMENDED', allowedActions: [], people: [] }}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Принять в банк' })).not.toBeInTheDocument();
    expect(
      screen.getByText('Участники не названы: их согласия не разрешают публиковать имена.'),
    ).toBeInTheDocument();
  });
});
