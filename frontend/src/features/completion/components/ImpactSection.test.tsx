import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { MentorshipImpact, SchoolImpact as SchoolFigures } from '../api';
import { ImpactSection } from './ImpactSection';
import { SchoolImpact } from './SchoolImpact';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));
// Stands in for ECharts, which jsdom cannot draw: it shows what it was asked to draw.
vi.mock('../../../components/ui/EChart', () => ({
  default: ({ option }: { option: { series: { name: string; data: (number | null)[] }[] } }) => (
    <p>{option.series.map((s) => `${s.name}: ${s.data.join(' ')}`).join('; ')}</p>
  ),
}));

const impact: MentorshipImpact = {
  mentorshipId: 'p1',
  questionnaire: 'Входная самооценка',
  mentees: [
    {
      participantId: 'a1',
      fullName: 'Орлов Никита',
      status: 'MEASURED',
      questions: [
        {
          questionId: 'confidence',
          text: 'Насколько вы уверены в себе?',
          min: 1,
          max: 10,
          entryScore: 3,
          finalScore: 5,
          change: 2,
        },
        { questionId: 'goals', text: 'Есть ли у вас цели?', min: 1, max: 10, finalScore: 9 },
      ],
      overallChange: 2,
    },
    {
      participantId: 'a2',
      fullName: 'Цветкова Яна',
      status: 'SINGLE_MEASUREMENT',
      questions: [
        { questionId: 'confidence', text: 'Насколько вы уверены в себе?', min: 1, max: 10, entryScore: 4 },
      ],
    },
    { participantId: 'a3', fullName: 'Ёлкин Фёдор', status: 'NO_DATA', questions: [] },
  ],
};

const requested: URL[] = [];

function serve(body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      requested.push(new URL(input.url));
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  requested.length = 0;
});

describe('the impact on the pair’s page', () => {
  it('compares each mentee’s answers and says plainly where there is nothing to compare', async () => {
    serve(impact);
    const user = userEvent.setup();
    renderWithProviders(<ImpactSection schoolId="s1" mentorshipId="p1" />);
    const measured = await screen.findByRole('table', { name: 'Влияние программы: Орлов Никита' });
    const rows = within(measured).getAllByRole('row');
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Насколько вы уверены в себе?', '3', '5', '+2']);
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Есть ли у вас цели?', 'нет данных', '9', 'нет данных']);
    expect(screen.getByText('Общее изменение: +2')).toBeInTheDocument();
    expect(screen.getByText('Есть только одно измерение — сравнивать пока не с чем')).toBeInTheDocument();
    expect(screen.getByText('Нет данных: самооценку наставляемый не заполнял')).toBeInTheDocument();
    // only the measured mentee has a chart to draw, and only when asked
    const toggles = screen.getAllByRole('button', { name: 'Показать диаграмму' });
    expect(toggles).toHaveLength(1);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    await user.click(toggles[0]!);
    expect(await screen.findByText('Вход: 3 ; Итог: 5 9')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Вход и итог по вопросам: Орлов Никита' })).toBeInTheDocument();
  });
});

describe('the school’s impact', () => {
  const figures: SchoolFigures = {
    form: 'PUPIL_PUPIL',
    completedPairs: 3,
    measuredPairs: 3,
    measuredMentees: 3,
    improvedMentees: 2,
    improvedShare: 2 / 3,
    overallChange: 0.75,
    questions: [
      {
        questionId: 'confidence',
        text: 'Насколько вы уверены в себе?',
        mentees: 3,
        entryMean: 11 / 3,
        finalMean: 14 / 3,
        meanChange: 1,
      },
    ],
  };

  it('shows the figures without names and asks the server for the form chosen', async () => {
    serve(figures);
    const user = userEvent.setup();
    renderWithProviders(<SchoolImpact schoolId="s1" />);
    expect(await screen.findByText('67 % (2)')).toBeInTheDocument();
    expect(screen.getByText('+0,75')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Влияние программы наставничества' });
    expect(
      within(within(table).getAllByRole('row')[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Насколько вы уверены в себе?', '3', '3,67', '4,67', '+1']);
    await user.click(screen.getByRole('combobox', { name: 'Форма наставничества' }));
    await user.click(await screen.findByRole('option', { name: 'Ученик — ученик' }));
    await vi.waitFor(() => expect(requested.at(-1)?.searchParams.get('form')).toBe('PUPIL_PUPIL'));
    expect(requested[0]?.pathname).toBe('/api/schools/s1/impact');
  });
});
