import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { RegistryEntry } from '../api';
import { ReviewPage } from './ReviewPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const entry: RegistryEntry = {
  id: 'n1',
  schoolId: 's1',
  schoolName: 'МОУ СОШ № 17',
  municipalityId: 'm1',
  municipalityName: 'Городской округ город Тверь',
  status: 'SUBMITTED',
  mentorKind: 'TEACHER',
  description: 'Ведёт молодых учителей',
  results: 'Двое аттестованы',
  training: 'Курсы',
  rewardsNote: '',
  facts: { completedPairs: 3, effectivePairs: 2, trainingStatus: 'TRAINED', rewards: [] },
  submittedAt: '2026-05-02T10:00:00Z',
  allowedActions: ['INCLUDE', 'RETURN'],
  version: 2,
};

const sent: { url: URL; body: unknown }[] = [];

function serve(items: RegistryEntry[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      if (input.method === 'POST') {
        sent.push({ url, body: await input.json() });
        return new Response(JSON.stringify({ ...entry, status: 'INCLUDED' }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      }
      return new Response(JSON.stringify({ items, total: items.length, page: 0, size: 20 }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
});

const municipality = { kind: 'municipality', id: 'm1' } as const;

describe('the review of nominated mentors', () => {
  it('shows an anonymous mentor without a name and includes them after the coordinator confirms', async () => {
    serve([entry]);
    const user = userEvent.setup();
    renderWithProviders(<ReviewPage scope={municipality} />);
    const row = (await screen.findByText('МОУ СОШ № 17')).closest('tr') as HTMLElement;
    expect(within(row).getByRole('button', { name: 'Имя не публикуется' })).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Включить в реестр' }));
    const question = await screen.findByText(/Включить наставника \(Имя не публикуется, МОУ СОШ № 17\)/);
    expect(sent).toHaveLength(0);
    await user.click(
      within(question.closest('section') ?? document.body).getByRole('button', { name: 'Включить в реестр' }),
    );
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.url.pathname).toBe('/api/municipalities/m1/mentor-nominations/n1/include');
    expect(sent[0]?.body).toEqual({ version: 2 });
  });

  it('returns a nomination only with a comment', async () => {
    serve([{ ...entry, fullName: 'Волкова Татьяна Сергеевна' }]);
    const user = userEvent.setup();
    renderWithProviders(<ReviewPage scope={municipality} />);
    await user.click(await screen.findByRole('button', { name: 'Вернуть на доработку' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Вернуть на доработку' }));
    expect(
      await within(dialog).findByText('Напишите, что исправить: без комментария выдвижение не вернуть'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Что исправить' }), 'Опишите результаты');
    await user.click(within(dialog).getByRole('button', { name: 'Вернуть на доработку' }));
    const question = await screen.findByText(/Вернуть выдвижение \(Волкова Татьяна Сергеевна\)/);
    await user.click(
      within(question.closest('section') ?? document.body).getByRole('button', {
        name: 'Вернуть на доработку',
      }),
    );
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.url.pathname).toBe('/api/municipalities/m1/mentor-nominations/n1/return');
    expect(sent[0]?.body).toEqual({ version: 2, comment: 'Опишите результаты' });
  });

  it('tells the region when nobody has been recommended', async () => {
    serve([]);
    renderWithProviders(<ReviewPage scope={{ kind: 'region', id: 'r1' }} />);
    expect(
      await screen.findByText('Муниципалитеты пока никого не рекомендовали в региональный реестр.'),
    ).toBeInTheDocument();
  });
});
