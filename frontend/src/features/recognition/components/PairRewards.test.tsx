import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Reward } from '../api';
import { PairRewards } from './PairRewards';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const diploma: Reward = {
  id: 'r1',
  schoolId: 's1',
  participantId: 'p1',
  participantName: 'Кузнецова Ольга Ивановна',
  participantKind: 'TEACHER',
  mentorshipId: 'm1',
  eventId: 'e1',
  kind: 'CERTIFICATE',
  title: 'Диплом победителя: Наставник года',
  awardedOn: '2026-04-20',
  awardedBy: 'Министерство образования Тверской области',
  documentRef: 'Приказ № 45',
  createdBy: 'Ефимова Марина',
  createdAt: '2026-04-21T10:00:00Z',
  version: 0,
};

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

afterEach(() => vi.unstubAllGlobals());

describe("the pair's rewards", () => {
  it('asks for the rewards of the pair and shows a win with whom it went to', async () => {
    const asked: URL[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request) => {
        const url = new URL(input.url);
        asked.push(url);
        return json({ items: [diploma], total: 1, page: 0, size: 100 });
      }),
    );
    renderWithProviders(<PairRewards schoolId="s1" mentorshipId="m1" />);
    const table = await screen.findByRole('table', { name: 'Награды за работу в паре' });
    expect(within(table).getByText('Диплом победителя: Наставник года')).toBeInTheDocument();
    expect(within(table).getByText('Кузнецова Ольга Ивановна')).toBeInTheDocument();
    expect(asked.map((u) => [u.pathname, u.searchParams.get('mentorshipId')])).toContainEqual([
      '/api/schools/s1/rewards',
      'm1',
    ]);
  });

  it('says when the pair has no rewards yet', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ items: [], total: 0, page: 0, size: 100 })),
    );
    renderWithProviders(<PairRewards schoolId="s1" mentorshipId="m1" />);
    expect(await screen.findByText(/За работу в этой паре наград пока нет/)).toBeInTheDocument();
  });
});
