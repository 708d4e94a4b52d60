import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Contingent } from '../api';
import { ContingentSection } from './ContingentSection';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));
// Stands in for ECharts, which jsdom cannot draw: it shows what it was asked to draw.
vi.mock('../../../components/ui/EChart', () => ({
  default: ({ option }: { option: { xAxis: { data: string[] } } }) => (
    <p>диаграмма за {option.xAxis.data.join(', ')}</p>
  ),
}));

const contingent: Contingent = {
  schoolId: 's1',
  startYear: 2025,
  academicYear: '2025/2026',
  pupils: 1120,
  teachers: 68,
  youngTeachers: 9,
  additionalPupils: 430,
  version: 0,
};

afterEach(() => vi.unstubAllGlobals());

describe('ContingentSection', () => {
  it('draws the chart only when asked, since its library weighs more than the rest of the page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify([contingent]), {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    renderWithProviders(<ContingentSection schoolId="s1" editable={false} />);
    expect(await screen.findByRole('cell', { name: '1120' })).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Показать диаграмму' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('img', { name: 'Обучающиеся и педагоги по годам' })).not.toBeInTheDocument();

    await userEvent.setup().click(toggle);
    expect(await screen.findByText('диаграмма за 2025/2026')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Обучающиеся и педагоги по годам' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Скрыть диаграмму' })).toHaveAttribute('aria-expanded', 'true');
  });
});
