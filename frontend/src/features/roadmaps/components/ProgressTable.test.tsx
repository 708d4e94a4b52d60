import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { RoadmapProgress } from '../api';
import { ProgressTable } from './ProgressTable';

const none = { total: 0, done: 0, inProgress: 0, overdue: 0, donePercent: 0 };

const municipality: RoadmapProgress = {
  level: 'MUNICIPALITY',
  id: 'm1',
  name: 'Городской округ город Тверь',
  startYear: 2026,
  asOf: '2026-12-01',
  hasRoadmap: false,
  own: none,
  units: [
    {
      level: 'SCHOOL',
      id: 's1',
      name: 'МОУ СОШ № 17',
      hasRoadmap: true,
      progress: { total: 12, done: 3, inProgress: 2, overdue: 4, donePercent: 25 },
    },
    { level: 'SCHOOL', id: 's2', name: 'МОУ СОШ № 3', hasRoadmap: false, progress: none },
  ],
};

describe('the progress of the level below', () => {
  it('gives each school a bar of done of total, its overdue count, and a link to its roadmaps', () => {
    renderWithProviders(<ProgressTable progress={municipality} />);
    const table = screen.getByRole('table', { name: 'Ход выполнения дорожных карт, 2026/2027 учебный год' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByRole('progressbar', { name: 'МОУ СОШ № 17: выполнено 25 %' })).toHaveAttribute(
      'aria-valuenow',
      '25',
    );
    expect(first).toHaveTextContent('выполнено 3 из 12');
    expect(within(first!).getAllByRole('cell')[2]).toHaveTextContent('4');
    expect(within(first!).getByRole('link', { name: 'Дорожные карты: МОУ СОШ № 17' })).toHaveAttribute(
      'href',
      '/roadmaps/schools/s1',
    );
    expect(second).toHaveTextContent('нет дорожной карты');
    expect(within(second!).queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('Просроченные — на 01.12.2026')).toBeInTheDocument();
  });

  it("gives the region each municipality's own roadmap beside its schools', and the schools in all", () => {
    const region: RoadmapProgress = {
      ...municipality,
      level: 'REGION',
      name: 'Тверская область',
      units: [
        {
          level: 'MUNICIPALITY',
          id: 'm1',
          name: 'Городской округ город Тверь',
          hasRoadmap: true,
          progress: { total: 10, done: 5, inProgress: 1, overdue: 2, donePercent: 50 },
          schools: {
            schools: 2,
            withRoadmap: 1,
            progress: { total: 12, done: 3, inProgress: 2, overdue: 4, donePercent: 25 },
          },
        },
      ],
      schools: {
        schools: 5,
        withRoadmap: 1,
        progress: { total: 12, done: 3, inProgress: 2, overdue: 4, donePercent: 25 },
      },
    };
    renderWithProviders(<ProgressTable progress={region} />);
    const row = screen.getByRole('row', { name: /Городской округ город Тверь/ });
    expect(row).toHaveTextContent('выполнено 5 из 10');
    expect(row).toHaveTextContent('организаций с картой: 1 из 2');
    expect(row).toHaveTextContent('в организациях: выполнено 3 из 12, просрочено 4');
    expect(within(row).getByRole('link')).toHaveAttribute('href', '/roadmaps/municipalities/m1');
    expect(screen.getByRole('row', { name: /Всего/ })).toHaveTextContent('организаций с картой: 1 из 5');
  });
});
