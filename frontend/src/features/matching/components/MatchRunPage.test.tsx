import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { MatchCriterion, MatchProposal, MatchRunDetail } from '../api';
import { MatchRunPage } from './MatchRunPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));
// Canvas charts do not draw under jsdom; the figures they show are in the tables too.
vi.mock('../../../components/ui/EChart', () => ({ default: () => null }));

function line(
  criterion: MatchCriterion['criterion'],
  contribution: number,
  max: number,
  extra = {},
): MatchCriterion {
  return {
    criterion,
    contribution,
    maxContribution: max,
    normalised: contribution / max,
    neutral: false,
    weight: 10,
    matched: [],
    ...extra,
  };
}

function proposal(id: string, mentor: string, mentee: string, score: number): MatchProposal {
  return {
    id,
    status: 'PROPOSED',
    mentor: { id: `m-${id}`, fullName: mentor, kind: 'TEACHER', gradeOrPosition: 'Учитель', schoolId: 's1' },
    mentee: {
      id: `e-${id}`,
      fullName: mentee,
      kind: 'YOUNG_SPECIALIST',
      gradeOrPosition: 'Первый год',
      schoolId: 's1',
    },
    score,
    swapped: false,
    explanation: {
      criteria: [
        line('REQUESTS', 400, 400, { matched: ['lesson-planning'], raw: 1 }),
        line('DIFFICULTIES', 50, 100, { neutral: true }),
        line('AVAILABILITY', 100, 100, { matched: ['MONDAY_AFTERNOON'], raw: 1 }),
        line('EXPERIENCE', 100, 100, { raw: 26 }),
        line('MENTEE_PREFERENCE', 150, 150, { raw: 1 }),
        line('MENTOR_PREFERENCE', 75, 150, { neutral: true }),
      ],
      menteeRankOfMentor: 1,
      menteeRankingSize: 2,
      mentorRankingSize: 0,
    },
  };
}

const detail: MatchRunDetail = {
  run: {
    id: 'r1',
    scope: 'SCHOOL',
    schoolId: 's1',
    form: 'TEACHER_TEACHER',
    shape: 'PAIR',
    kind: 'TRADITIONAL',
    method: 'OPTIMAL',
    weights: {
      requests: 40,
      difficulties: 10,
      availability: 10,
      experience: 10,
      menteePreference: 15,
      mentorPreference: 15,
    },
    status: 'OPEN',
    mentors: 2,
    mentees: 3,
    matched: 2,
    totalScore: 1500,
    maxPairScore: 1000,
    blockingPairs: 1,
    excludedMentors: { MENTOR_ALREADY_ACTIVE: 1 },
    stats: { candidatePairs: 6, arcsSolved: 6, rounds: 1, millis: 3 },
    decisions: { proposed: 2, accepted: 0, rejected: 0, voided: 0 },
    comparison: {
      optimal: { matched: 2, totalScore: 1500, blockingPairs: 1 },
      stable: { matched: 2, totalScore: 1375, blockingPairs: 0 },
      differentMentor: 2,
    },
    createdBy: 'Куратор',
    createdAt: '2026-09-10T10:00:00Z',
  },
  proposals: [
    proposal('p1', 'Волкова Татьяна', 'Захарова Алина', 875),
    proposal('p2', 'Белова Ирина', 'Морозова Дарья', 625),
  ],
  unmatched: [
    {
      mentee: { id: 'e3', fullName: 'Семёнов Артур', gradeOrPosition: 'Третий год', schoolId: 's1' },
      reason: 'NO_ELIGIBLE_MENTOR',
      mainConstraint: 'MENTOR_NOT_MORE_EXPERIENCED',
      excludedMentors: { MENTOR_ALREADY_ACTIVE: 1, MENTOR_NOT_MORE_EXPERIENCED: 2 },
      eligibleMentors: 0,
    },
  ],
};

const posts: { path: string; body: unknown }[] = [];

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

function serve(answer: (path: string) => Response = () => json(detail)) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      if (url.pathname === '/api/competencies') {
        return json([
          { code: 'lesson-planning', name: 'Планирование уроков и рабочие программы', area: 'Педагогам' },
        ]);
      }
      if (input.method === 'POST') {
        posts.push({ path: url.pathname, body: await input.json() });
        return answer(url.pathname);
      }
      return json(detail);
    }),
  );
}

function renderPage() {
  renderWithProviders(
    <Routes>
      <Route path="/matching/:id" element={<MatchRunPage scope={{ kind: 'school', id: 's1' }} />} />
    </Routes>,
    '/matching/r1',
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  posts.length = 0;
});

describe('the page of a match run', () => {
  it('shows the figures, the stability in plain words and the unmatched mentees with their reasons', async () => {
    serve();
    renderPage();
    expect(await screen.findByTestId('matched')).toHaveTextContent('2 из 3');
    expect(screen.getByTestId('quality')).toHaveTextContent('75 %');
    expect(screen.getByTestId('blocking')).toHaveTextContent('Блокирующих пар: 1');
    expect(screen.getByText(/Подбор всё равно лучший по числу пар/)).toBeInTheDocument();
    expect(
      screen.getByText(
        /Не участвовали наставники: наставник уже ведёт пару этой формы или его места заняты — 1/,
      ),
    ).toBeInTheDocument();
    const unmatched = screen.getByRole('table', { name: 'Без пары' });
    expect(within(unmatched).getByText('Семёнов Артур')).toBeInTheDocument();
    expect(
      within(unmatched).getByText(
        'Ни один наставник не подходит: у наставника не больше опыта (или опыт неизвестен)',
      ),
    ).toBeInTheDocument();
  });

  it('explains a pair criterion by criterion with what matched and the ranks each side gave', async () => {
    serve();
    const user = userEvent.setup();
    renderPage();
    const table = await screen.findByRole('table', { name: 'Предложения' });
    await user.click(within(table).getAllByRole('button', { name: 'Почему эта пара' })[0]!);
    expect(await screen.findByText('Совпало: Планирование уроков и рабочие программы')).toBeInTheDocument();
    expect(screen.getByText('Общее время: пн, день')).toBeInTheDocument();
    expect(screen.getByText('Наставляемый поставил наставника 1-м из 2')).toBeInTheDocument();
    expect(screen.getByText('Наставник не составлял список после встречи')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Запросы: 400 из 400' })).toBeInTheDocument();
  });

  it('accepts the selected proposals with the pair’s term and then offers to approve them by an order', async () => {
    serve((path) =>
      path.endsWith('/accept')
        ? json({
            ...detail,
            proposals: detail.proposals.map((p) => ({ ...p, status: 'ACCEPTED', mentorshipId: 'ms' })),
          })
        : json(detail),
    );
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('checkbox', { name: 'Волкова Татьяна — Захарова Алина' }));
    await user.click(screen.getByRole('checkbox', { name: 'Белова Ирина — Морозова Дарья' }));
    await user.click(screen.getByRole('button', { name: 'Принять выбранные' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Принять' }));

    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]?.path).toBe('/api/schools/s1/match-runs/r1/accept');
    expect(posts[0]?.body).toMatchObject({ proposalIds: ['p1', 'p2'] });
    expect(
      (posts[0]?.body as { plannedEnd: string }).plannedEnd >
        (posts[0]?.body as { plannedStart: string }).plannedStart,
    ).toBe(true);
    expect(await screen.findByRole('link', { name: 'Утвердить приказом' })).toHaveAttribute(
      'href',
      '/mentorships/approve',
    );
  });

  it('tells a keyboard user why the swap is unavailable', async () => {
    serve();
    renderPage();
    const swap = await screen.findByRole('button', { name: 'Обменять наставляемых' });
    act(() => swap.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Для обмена выберите ровно два ждущих решения предложения',
    );
    expect(swap).toHaveAccessibleDescription('Для обмена выберите ровно два ждущих решения предложения');
  });

  it('swaps the mentees of two proposals only when two of different mentors are chosen', async () => {
    serve();
    const user = userEvent.setup();
    renderPage();
    const swap = await screen.findByRole('button', { name: 'Обменять наставляемых' });
    expect(swap).toHaveAttribute('aria-disabled', 'true');
    await user.click(swap);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Волкова Татьяна — Захарова Алина' }));
    expect(swap).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('checkbox', { name: 'Белова Ирина — Морозова Дарья' }));
    expect(swap).toHaveAttribute('aria-disabled', 'false');
    await user.click(swap);
    expect(
      await screen.findByText(/Волкова Татьяна получит наставляемого Морозова Дарья/),
    ).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Обменять наставляемых' }),
    );
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({
      path: '/api/schools/s1/match-runs/r1/swap',
      body: { first: 'p1', second: 'p2' },
    });
  });

  it('rejects a proposal and, when asked, keeps the pair out of later runs', async () => {
    serve();
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Отклонить: Белова Ирина — Морозова Дарья' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Причина/ }), 'Разные смены');
    await user.click(within(dialog).getByRole('checkbox', { name: /И не предлагать снова/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Отклонить' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({
      path: '/api/schools/s1/match-runs/r1/reject',
      body: { proposalIds: ['p2'], reason: 'Разные смены', exclude: true },
    });
  });

  it('compares the optimal and the stable proposal and switches to the stable one', async () => {
    const switched = {
      ...detail,
      run: { ...detail.run, method: 'STABLE' as const, totalScore: 1375, blockingPairs: 0 },
    };
    serve(() => json(switched));
    const fetchMock = vi.mocked(fetch);
    const answerPosts = fetchMock.getMockImplementation();
    fetchMock.mockImplementation(async (input) =>
      posts.length > 0 && (input as Request).method !== 'POST' ? json(switched) : answerPosts!(input),
    );
    const user = userEvent.setup();
    renderPage();
    const section = await screen.findByRole('region', { name: 'Оптимальное или устойчивое предложение' });
    const row = (name: string) =>
      within(section).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(
      within(row('Сумма оценок'))
        .getAllByRole('cell')
        .map((c) => c.textContent?.replace(/\s/g, ' ')),
    ).toEqual(['1 500', '1 375']);
    expect(
      within(row('Блокирующих пар'))
        .getAllByRole('cell')
        .map((c) => c.textContent?.replace(/\s/g, ' ')),
    ).toEqual(['1', '0']);
    expect(within(section).getByText(/у 2 наставляемых/)).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /оптимальное/ })).not.toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Рассматривать это: устойчивое' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({ path: '/api/schools/s1/match-runs/r1/method', body: { method: 'STABLE' } });
    expect(
      await within(section).findByRole('button', { name: 'Рассматривать это: оптимальное' }),
    ).toBeVisible();
  });

  it('keeps the reviewed proposal once a decision was made on it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json({
          ...detail,
          run: { ...detail.run, decisions: { proposed: 1, accepted: 1, rejected: 0, voided: 0 } },
        }),
      ),
    );
    renderPage();
    const section = await screen.findByRole('region', { name: 'Оптимальное или устойчивое предложение' });
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    expect(within(section).getByText(/другое выбрать нельзя/)).toBeInTheDocument();
  });

  it('keeps the reviewed proposal once two of its proposals were swapped', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json({
          ...detail,
          proposals: detail.proposals.map((p, i) => (i === 0 ? { ...p, swapped: true } : p)),
        }),
      ),
    );
    renderPage();
    const section = await screen.findByRole('region', { name: 'Оптимальное или устойчивое предложение' });
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    expect(within(section).getByText(/другое выбрать нельзя/)).toBeInTheDocument();
  });

  it('tells why an accept was refused when a proposal no longer fits', async () => {
    serve(() =>
      json(
        {
          type: 'urn:nastavnik:problem:proposal-stale',
          title: 'Предложение больше не подходит',
          status: 409,
          detail:
            'Морозова Дарья уже состоит в незавершённой паре (группе) формы «учитель — учитель». Ничего не принято.',
        },
        409,
      ),
    );
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Принять: Белова Ирина — Морозова Дарья' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Принять' }));
    expect(await screen.findByText(/уже состоит в незавершённой паре/)).toBeInTheDocument();
  });
});
