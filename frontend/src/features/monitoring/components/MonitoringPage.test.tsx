import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Me } from '../../me/api';
import type { Figure, Figures, IndicatorFigures } from '../api';
import { MonitoringPage } from './MonitoringPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));
// Stands in for ECharts, which jsdom cannot draw: it shows what it was asked to draw.
vi.mock('../../../components/ui/EChart', () => ({
  default: ({ option }: { option: { xAxis: { data?: string[] } } }) => (
    <p>диаграмма за {option.xAxis.data?.join(', ')}</p>
  ),
}));

const me: Me = {
  username: 'region',
  fullName: 'Петрова Анна',
  role: 'regional',
  regionId: 'r1',
  regionName: 'Тверская область',
};

const figure = (value: number | undefined, numerator: number, denominator?: number): Figure => ({
  value,
  numerator,
  denominator,
  schoolsWithoutContingent: 0,
});

const pupils: IndicatorFigures = {
  indicator: 'PUPILS_GENERAL',
  title: 'Обучающиеся общеобразовательных организаций, вовлечённые в наставничество',
  unit: 'PERCENT',
  figure: figure(30, 300, 1000),
  target: {
    value: 70,
    municipal: false,
    documentNumber: '145-од',
    documentDate: '2026-08-25',
    documentTitle: 'Об утверждении целевых показателей',
  },
  byForm: [],
  breakdown: [
    { id: 'm1', name: 'Бежецкий округ', figure: figure(20, 20, 100) },
    { id: 'm2', name: 'Кашинский округ', figure: figure(80.5, 161, 200) },
    {
      id: 'm3',
      name: 'Торжокский район',
      figure: {
        ...figure(undefined, 0),
        noData: 'NO_CONTINGENT',
        noDataText: 'Не внесён контингент на учебный год',
      },
    },
  ],
  trend: [
    { key: '2025-2', label: 'II полугодие 2025/26', figure: figure(25, 250, 1000) },
    { key: '2026-1', label: 'I полугодие 2026/27', figure: figure(30, 300, 1000) },
  ],
};

const young: IndicatorFigures = {
  indicator: 'YOUNG_TEACHERS',
  title: 'Молодые педагоги (до 35 лет в первые три года работы), вовлечённые в наставничество',
  unit: 'PERCENT',
  figure: {
    numerator: 0,
    noData: 'NO_CONTINGENT',
    noDataText: 'Не внесён контингент на учебный год',
    schoolsWithoutContingent: 4,
  },
  byForm: [],
  breakdown: [],
  trend: [],
};

function regionFigures(key: string, label: string): Figures {
  return {
    level: 'REGION',
    id: 'r1',
    name: 'Тверская область',
    period: {
      key,
      label,
      startYear: 2026,
      half: 1,
      from: '2026-09-01',
      to: '2027-01-31',
      asOf: '2026-12-01',
    },
    indicators: [pupils, young],
    funnel: [],
    unitFunnel: [],
  };
}

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const asked: URL[] = [];

function serve() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      if (url.pathname === '/api/regions/r1/figures') {
        asked.push(url);
        return json(regionFigures(url.searchParams.get('half') ?? '2026-1', 'I полугодие 2026/27'));
      }
      if (url.pathname === '/api/indicators') {
        return json([]);
      }
      return json({ type: 'about:blank', title: 'Не найдено', status: 404 }, 404);
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  asked.length = 0;
});

function rowNames(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent ?? '');
}

describe('the regional dashboard', () => {
  it('shows each indicator against its target and its document, and «нет данных» with the reason, never 0 %', async () => {
    serve();
    renderWithProviders(<MonitoringPage me={me} />, '/monitoring');
    const card = await screen.findByRole('article', { name: pupils.title });
    expect(within(card).getByText('30 %')).toBeInTheDocument();
    expect(within(card).getByText(/^300 из 1\s000$/)).toBeInTheDocument();
    expect(within(card).getByText('Цель на 2026/27: 70 %')).toBeInTheDocument();
    expect(within(card).getByText(/Приказ № 145-од от 25\.08\.2026/)).toBeInTheDocument();
    expect(within(card).getByRole('progressbar', { name: '30 % при цели 70 %' })).toBeInTheDocument();
    expect(within(card).getByText('Ниже цели')).toBeInTheDocument();

    const missing = screen.getByRole('article', { name: young.title });
    expect(within(missing).getByText('нет данных')).toBeInTheDocument();
    expect(within(missing).getByText('Не внесён контингент на учебный год')).toBeInTheDocument();
    expect(within(missing).queryByText(/0 %/)).not.toBeInTheDocument();
    expect(within(missing).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(missing).getByText(/Организаций без контингента на этот год: 4/)).toBeInTheDocument();
  });

  it('ranks the municipalities by any column, those without data last, each leading to its dashboard', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<MonitoringPage me={me} />, '/monitoring');
    const table = await screen.findByRole('table', { name: `Муниципалитеты: ${pupils.title}` });
    expect(rowNames(table)).toEqual(['Кашинский округ', 'Бежецкий округ', 'Торжокский район']);
    expect(within(table).getByRole('link', { name: 'Кашинский округ' })).toHaveAttribute(
      'href',
      '/monitoring/municipalities/m2',
    );
    expect(within(table).getByText('нет данных')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Значение' }));
    expect(rowNames(table)).toEqual(['Бежецкий округ', 'Кашинский округ', 'Торжокский район']);
    await user.click(within(table).getByRole('button', { name: 'Название' }));
    expect(rowNames(table)).toEqual(['Бежецкий округ', 'Кашинский округ', 'Торжокский район']);
    await user.click(within(table).getByRole('button', { name: /Название/ }));
    expect(rowNames(table)).toEqual(['Торжокский район', 'Кашинский округ', 'Бежецкий округ']);
  });

  it('asks the server for the period picked, and keeps it in the drill-down links', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<MonitoringPage me={me} />, '/monitoring');
    await screen.findByRole('article', { name: pupils.title });
    expect(asked.at(-1)?.search).toBe('');

    await user.click(screen.getByRole('radio', { name: 'II полугодие' }));
    await vi.waitFor(() => expect(asked.at(-1)?.searchParams.get('half')).toBe('2026-2'));

    await user.type(screen.getByLabelText('Дата среза', { exact: false }), '2027-03-31');
    await vi.waitFor(() => expect(asked.at(-1)?.searchParams.get('asOf')).toBe('2027-03-31'));
    expect(asked.at(-1)?.searchParams.get('half')).toBe('2026-2');

    await user.click(screen.getByRole('radio', { name: 'Весь год' }));
    await vi.waitFor(() => expect(asked.at(-1)?.searchParams.get('year')).toBe('2026'));
    expect(asked.at(-1)?.searchParams.has('half')).toBe(false);
    expect(screen.getByRole('link', { name: 'Кашинский округ' })).toHaveAttribute(
      'href',
      '/monitoring/municipalities/m2?period=2026&asOf=2027-03-31',
    );
  });

  it('shows the trend by half-year in a table and draws it only when asked', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<MonitoringPage me={me} />, '/monitoring');
    const trend = await screen.findByRole('table', { name: `Динамика по полугодиям: ${pupils.title}` });
    expect(rowNames(trend)).toEqual(['II полугодие 2025/26', 'I полугодие 2026/27']);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: 'Показать диаграмму' });
    expect(buttons).toHaveLength(2);
    await user.click(buttons[1]!);
    expect(
      await screen.findByText('диаграмма за II полугодие 2025/26, I полугодие 2026/27'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: `Динамика показателя «${pupils.title}» по полугодиям` }),
    ).toBeInTheDocument();
  });
});
