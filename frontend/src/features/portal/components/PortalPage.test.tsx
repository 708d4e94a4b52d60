import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { PortalIndicators } from '../api';
import { PortalPage } from './PortalPage';

const answer: PortalIndicators = {
  level: 'REGION',
  id: 'r1',
  name: 'Тверская область',
  period: {
    key: '2026',
    label: '2026/27 учебный год',
    startYear: 2026,
    from: '2026-09-01',
    to: '2027-08-31',
    asOf: '2026-12-01',
  },
  indicators: [
    {
      indicator: 'PUPILS_GENERAL',
      title: 'Обучающиеся, вовлечённые в наставничество',
      unit: 'PERCENT',
      value: { value: 31.5, suppressed: false, display: '31,5 %' },
      numerator: { value: 630, suppressed: false, display: '630' },
      denominator: { value: 2000, suppressed: false, display: '2 000' },
      schoolsWithoutContingent: 0,
      target: { value: 35, municipal: false, documentNumber: '12-п', documentDate: '2026-08-20' },
      byForm: [],
      breakdown: [],
    },
    {
      indicator: 'COLLEGE_STUDENTS',
      title: 'Студенты колледжей',
      unit: 'COUNT',
      value: { suppressed: true, suppressedBecause: 'SMALL_COUNT', display: 'менее 5' },
      numerator: { suppressed: true, suppressedBecause: 'SMALL_COUNT', display: 'менее 5' },
      denominator: { suppressed: false },
      schoolsWithoutContingent: 0,
      byForm: [],
      breakdown: [],
    },
  ],
};

describe('PortalPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the region’s figures as the portal receives them, small counts hidden', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify(answer), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<PortalPage />);
    expect(await screen.findByText('Обучающиеся, вовлечённые в наставничество')).toBeInTheDocument();
    expect(screen.getByText('31,5 %')).toBeInTheDocument();
    expect(screen.getByText('35 %')).toBeInTheDocument();
    expect(screen.getByText('менее 5')).toBeInTheDocument();
    const request = (fetchMock.mock.calls[0] as unknown[])[0];
    expect(request instanceof Request ? request.url : String(request)).toContain(
      '/api/portal/v1/region/indicators',
    );
  });
});
