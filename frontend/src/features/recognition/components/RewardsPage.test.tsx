import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Reward } from '../api';
import { RewardsPage } from './RewardsPage';
import { today, validateReward, rewardValues } from './rewardForm';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const badge: Reward = {
  id: 'r1',
  schoolId: 's1',
  participantId: 'p1',
  participantName: 'Кузнецова Ольга Ивановна',
  participantKind: 'TEACHER',
  kind: 'MENTOR_BADGE',
  title: 'За наставничество молодых педагогов',
  awardedOn: '2026-05-20',
  awardedBy: 'Министерство образования Тверской области',
  documentRef: 'Приказ № 45',
  createdBy: 'Ефимова Марина',
  createdAt: '2026-05-21T10:00:00Z',
  version: 0,
};

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const seen: { url: URL; method: string }[] = [];

function serve(rewards: Reward[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      seen.push({ url, method: input.method });
      if (url.pathname === '/api/schools/s1/rewards') {
        const kind = url.searchParams.get('kind');
        const items = rewards.filter((r) => !kind || r.kind === kind);
        return json({ items, total: items.length, page: 0, size: 20 });
      }
      return json({ items: [], total: 0, page: 0, size: 100 });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  seen.length = 0;
});

describe('the school rewards list', () => {
  it('shows each reward with whom it is for and filters by kind on the server', async () => {
    serve([badge]);
    const user = userEvent.setup();
    renderWithProviders(<RewardsPage schoolId="s1" />);
    const table = await screen.findByRole('table', { name: 'Награды наставников и наставляемых' });
    expect(await within(table).findByText('Кузнецова Ольга Ивановна')).toBeInTheDocument();
    expect(within(table).getByText('Значок «Педагог-наставник»')).toBeInTheDocument();
    expect(within(table).getByText('20.05.2026')).toBeInTheDocument();
    expect(seen.at(-1)?.url.searchParams.get('sort')).toBe('awardedOn,desc');

    await user.click(screen.getByRole('combobox', { name: 'Вид награды' }));
    await user.click(await screen.findByRole('option', { name: 'Премия' }));
    expect(
      await screen.findByText('Наград не найдено. Запишите награду или измените условия поиска.'),
    ).toBeInTheDocument();
    expect(seen.at(-1)?.url.searchParams.get('kind')).toBe('BONUS');
  });

  it('asks for what is missing before sending a reward', async () => {
    serve([]);
    const user = userEvent.setup();
    renderWithProviders(<RewardsPage schoolId="s1" />);
    await user.click(screen.getByRole('button', { name: 'Записать награду' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog).findByText('Выберите награждённого')).toBeInTheDocument();
    expect(within(dialog).getByText('Выберите вид награды')).toBeInTheDocument();
    expect(within(dialog).getByText('Укажите формулировку награды')).toBeInTheDocument();
    expect(seen.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});

describe('the rules of a reward', () => {
  const messages = {
    participant: 'participant',
    kind: 'kind',
    otherKind: 'otherKind',
    title: 'title',
    awardedOn: 'awardedOn',
    future: 'future',
    awardedBy: 'awardedBy',
  };

  it('wants its own words for a reward of another kind and no date in the future', () => {
    const values = {
      ...rewardValues(null, 'p1'),
      kind: 'OTHER',
      title: 'Сертификат',
      awardedBy: 'Директор',
      awardedOn: '2999-01-01',
    };
    expect(validateReward(values, messages)).toEqual({ otherKind: 'otherKind', awardedOn: 'future' });
    expect(validateReward({ ...values, otherKind: 'Путёвка', awardedOn: today() }, messages)).toEqual({});
  });
});
