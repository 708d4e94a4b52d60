import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Figures, FunnelStage } from '../api';
import { Funnel } from './Funnel';

// Stands in for ECharts, which jsdom cannot draw: it shows what it was asked to draw.
vi.mock('../../../components/ui/EChart', () => ({
  default: ({ option }: { option: { yAxis: { data: string[] }; series: { data: number[] }[] } }) => (
    <p>
      диаграмма: {option.yAxis.data.map((stage, i) => `${stage} ${option.series[0]!.data[i]}`).join(', ')}
    </p>
  ),
}));

const stage = (code: FunnelStage['stage'], title: string, count: number): FunnelStage => ({
  stage: code,
  title,
  definition: `Определение этапа «${title}»`,
  count,
});

const STAGES = [
  stage('CONSENTED', 'С согласием', 200),
  stage('QUESTIONNAIRE', 'С анкетой', 150),
  stage('MATCHED', 'В паре', 100),
  stage('ACTIVE', 'Работают', 80),
  stage('COMPLETED', 'Завершили', 0),
  stage('EFFECTIVE', 'Результативно', 0),
];

/** Figures as the server sends them; without a funnel, as a server from before the funnel did. */
function figures(funnel?: FunnelStage[]): Figures {
  return {
    level: 'REGION',
    id: 'r1',
    name: 'Тверская область',
    period: {
      key: '2026-1',
      label: 'I полугодие 2026/27',
      startYear: 2026,
      half: 1,
      from: '2026-09-01',
      to: '2027-01-31',
      asOf: '2026-12-01',
    },
    indicators: [],
    unitFunnel: [],
    ...(funnel ? { funnel } : {}),
  } as Figures;
}

describe('the programme’s funnel', () => {
  it('lists each stage with its people, its share of the first stage and of the one before', () => {
    renderWithProviders(<Funnel figures={figures(STAGES)} />);
    const table = screen.getByRole('table', { name: 'Воронка программы' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['С согласиемОпределение этапа «С согласием»', '200', '100 %', '—'],
      ['С анкетойОпределение этапа «С анкетой»', '150', '75 %', '75 %'],
      ['В пареОпределение этапа «В паре»', '100', '50 %', '66,7 %'],
      ['РаботаютОпределение этапа «Работают»', '80', '40 %', '80 %'],
      ['ЗавершилиОпределение этапа «Завершили»', '0', '0 %', '0 %'],
      // After an empty stage there is nothing to take a share of.
      ['РезультативноОпределение этапа «Результативно»', '0', '0 %', '—'],
    ]);
    expect(screen.getByRole('button', { name: 'Скачать таблицу (.xlsx)' })).toBeInTheDocument();
  });

  it('draws the stages from the first down only when asked', async () => {
    renderWithProviders(<Funnel figures={figures(STAGES)} />);
    expect(screen.queryByText(/диаграмма/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Показать диаграмму' }));
    expect(
      await screen.findByText(
        'диаграмма: Результативно 0, Завершили 0, Работают 80, В паре 100, С анкетой 150, С согласием 200',
      ),
    ).toBeInTheDocument();
  });

  it('says so when there are no stages', () => {
    renderWithProviders(<Funnel figures={figures([])} />);
    expect(screen.getByRole('region', { name: 'Воронка программы' })).toHaveTextContent('Этапов воронки нет');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows nothing when the figures come without a funnel', () => {
    renderWithProviders(<Funnel figures={figures()} />);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
