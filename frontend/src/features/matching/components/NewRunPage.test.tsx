import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { MatchScope } from '../api';
import { NewRunPage } from './NewRunPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const posts: { path: string; body: unknown }[] = [];

function serve() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      posts.push({ path: url.pathname, body: await input.json() });
      return new Response(JSON.stringify({ run: { id: 'r9' }, proposals: [], unmatched: [] }), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
}

function renderForm(scope: MatchScope) {
  renderWithProviders(
    <Routes>
      <Route path="/matching/new" element={<NewRunPage scope={scope} />} />
      <Route path="/matching/:id" element={<p>Страница подбора</p>} />
    </Routes>,
    '/matching/new',
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  posts.length = 0;
});

describe('starting a match run', () => {
  it('shows the default weights as shares, asks for a form and sends the chosen weights', async () => {
    serve();
    const user = userEvent.setup();
    renderForm({ kind: 'school', id: 's1' });
    expect(screen.getByTestId('share-REQUESTS')).toHaveTextContent('40 %');

    await user.click(screen.getByRole('button', { name: 'Подобрать пары' }));
    expect(await screen.findByText('Выберите форму наставничества')).toBeInTheDocument();
    expect(posts).toHaveLength(0);

    await user.click(screen.getByRole('combobox', { name: /Форма наставничества/ }));
    await user.click(await screen.findByRole('option', { name: 'Ученик — ученик' }));
    await user.click(screen.getByRole('radio', { name: /Группы/ }));
    const requests = screen.getByRole('textbox', { name: 'Запросы: вес' });
    await user.clear(requests);
    await user.type(requests, '90');
    expect(screen.getByTestId('share-REQUESTS')).toHaveTextContent('60 %');
    await user.click(screen.getByRole('button', { name: 'Подобрать пары' }));

    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]?.path).toBe('/api/schools/s1/match-runs');
    expect(posts[0]?.body).toMatchObject({ form: 'PUPIL_PUPIL', shape: 'GROUP', kind: 'TRADITIONAL' });
    expect((posts[0]?.body as { weights: { requests: number } }).weights.requests).toBe(90);
    expect(await screen.findByText('Страница подбора')).toBeInTheDocument();
  });

  it('refuses weights that are all zero', async () => {
    serve();
    const user = userEvent.setup();
    renderForm({ kind: 'school', id: 's1' });
    for (const name of [
      'Запросы',
      'Трудности',
      'Свободное время',
      'Опыт наставника',
      'Выбор наставляемого',
      'Выбор наставника',
    ]) {
      await user.clear(screen.getByRole('textbox', { name: `${name}: вес` }));
    }
    await user.click(screen.getByRole('combobox', { name: /Форма наставничества/ }));
    await user.click(await screen.findByRole('option', { name: 'Учитель — учитель' }));
    await user.click(screen.getByRole('button', { name: 'Подобрать пары' }));
    expect(await screen.findByText('Хотя бы один вес должен быть больше нуля')).toBeInTheDocument();
    expect(posts).toHaveLength(0);
  });

  it('offers a municipal coordinator only the forms whose both sides are adults', async () => {
    serve();
    const user = userEvent.setup();
    renderForm({ kind: 'municipality', id: 'm1' });
    await user.click(screen.getByRole('combobox', { name: /Форма наставничества/ }));
    expect(await screen.findByRole('option', { name: 'Учитель — учитель' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Ученик — ученик' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('option')).toHaveLength(3);
  });
});
