import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { today } from '../../../lib/dates';
import { renderWithProviders } from '../../../test/render';
import type { Me } from '../../me/api';
import type { Campaign, MunicipalityReportRow, SchoolReportRow } from '../api';
import { currentCampaign, schoolRows, statusCounts } from '../campaignStatus';
import { CampaignStatus } from './CampaignStatus';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const region: Me = {
  username: 'region',
  fullName: 'Петрова Анна',
  role: 'regional',
  regionId: 'r1',
  regionName: 'Тверская область',
};
const muni: Me = { ...region, username: 'muni', role: 'municipal', municipalityId: 'm1' };

const campaign = (id: string, dueOn: string, title = `Кампания ${id}`): Campaign => ({
  id,
  regionId: 'r1',
  title,
  startYear: 2026,
  half: 1,
  periodLabel: 'I полугодие 2026/27',
  dueOn,
  indicators: ['PUPILS_GENERAL'],
  createdBy: 'Петрова Анна',
  createdAt: '2026-11-01T10:00:00Z',
});

const counts = { total: 3, accepted: 1, submitted: 1, returned: 0, drafts: 0, missing: 1, late: 1 };
const municipalities: MunicipalityReportRow[] = [
  {
    municipalityId: 'm1',
    municipalityName: 'Городской округ город Тверь',
    reportId: 'rep1',
    status: 'SUBMITTED',
    late: false,
    schools: counts,
  },
  {
    municipalityId: 'm2',
    municipalityName: 'Бежецкий округ',
    late: true,
    schools: { ...counts, missing: 3 },
  },
];
const schools: SchoolReportRow[] = [
  {
    schoolId: 's1',
    schoolName: 'МОУ СОШ № 17',
    reportId: 'x1',
    status: 'ACCEPTED',
    missing: false,
    late: false,
  },
  {
    schoolId: 's2',
    schoolName: 'МБУ ДО ДТДиМ',
    reportId: 'x2',
    status: 'RETURNED',
    missing: true,
    late: true,
  },
  { schoolId: 's3', schoolName: 'Тверской педколледж', missing: true, late: true },
];

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function serve(campaigns: Campaign[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const path = new URL(input.url).pathname;
      if (path === '/api/regions/r1/campaigns') {
        return json(campaigns);
      }
      if (path === '/api/regions/r1/campaigns/c1/summary') {
        return json({ campaign: campaigns[0], municipalities });
      }
      if (path === '/api/municipalities/m1/campaigns/c1/reports') {
        return json(schools);
      }
      return json({ type: 'about:blank', title: 'Не найдено', status: 404 }, 404);
    }),
  );
}

afterEach(() => vi.unstubAllGlobals());

function countsOf(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('listitem')
    .map((i) => i.textContent ?? '');
}

describe('the campaign a home page follows', () => {
  const past = campaign('old', '2026-06-10');
  const soon = campaign('soon', '2027-02-10');
  const later = campaign('later', '2027-07-10');

  it('is the one due first of those not yet due', () => {
    expect(currentCampaign([later, soon, past], '2026-12-01')?.id).toBe('soon');
    expect(currentCampaign([later, soon, past], '2027-02-10')?.id).toBe('soon');
  });

  it('is the latest when every one is past due, and none without campaigns', () => {
    expect(currentCampaign([past, campaign('older', '2025-12-10')], '2026-12-01')?.id).toBe('old');
    expect(currentCampaign([], '2026-12-01')).toBeUndefined();
  });

  it('counts a returned report among those not sent, and overdue ones apart', () => {
    expect(statusCounts(schoolRows('c1', schools))).toEqual({
      submitted: 0,
      accepted: 1,
      returned: 1,
      notSubmitted: 2,
      overdue: 2,
    });
  });
});

describe('the current campaign on the home page', () => {
  it('asks the regional coordinator to open one when there is none', async () => {
    serve([]);
    renderWithProviders(<CampaignStatus me={region} />);
    expect(
      await screen.findByText('Отчётных кампаний пока нет: откройте первую в разделе «Отчёты»'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Все кампании' })).toHaveAttribute('href', '/reports');
  });

  it('says there is none to a municipal coordinator', async () => {
    serve([]);
    renderWithProviders(<CampaignStatus me={muni} />);
    expect(await screen.findByText('Отчётных кампаний пока нет')).toBeInTheDocument();
  });

  it('shows the region each municipality’s report and its schools’, leading to the reports begun', async () => {
    serve([campaign('c1', today(), 'Мониторинг за I полугодие 2026/27')]);
    renderWithProviders(<CampaignStatus me={region} />);
    const table = await screen.findByRole('table', {
      name: 'Отчёты кампании «Мониторинг за I полугодие 2026/27»',
    });
    const [tver, bezhetsk] = within(table).getAllByRole('row').slice(1);
    expect(within(tver!).getByRole('link', { name: 'Городской округ город Тверь' })).toHaveAttribute(
      'href',
      '/reports/c1/municipalities/m1',
    );
    expect(tver).toHaveTextContent('отправлен');
    expect(tver).toHaveTextContent('принято 1 из 3, не сдано 1, просрочено 1');
    expect(within(bezhetsk!).queryByRole('link')).not.toBeInTheDocument();
    expect(bezhetsk).toHaveTextContent('не сданпросрочен');
    expect(countsOf(screen.getByRole('list', { name: 'Отчёты по состояниям' }))).toEqual([
      '1отправлены, ждут решения',
      '0приняты',
      '0возвращены',
      '1не сданы',
      '1просрочены',
    ]);
    expect(screen.getByRole('link', { name: 'Мониторинг за I полугодие 2026/27' })).toHaveAttribute(
      'href',
      '/reports/c1',
    );
  });

  it('shows the municipality its schools’ reports, overdue ones marked', async () => {
    serve([campaign('c1', today())]);
    renderWithProviders(<CampaignStatus me={muni} />);
    const table = await screen.findByRole('table', { name: 'Отчёты кампании «Кампания c1»' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'МОУ СОШ № 17принят',
      'МБУ ДО ДТДиМвозвращёнпросрочен',
      'Тверской педколледжне сданпросрочен',
    ]);
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', '/reports/c1/schools/s2');
    expect(countsOf(screen.getByRole('list', { name: 'Отчёты по состояниям' }))).toEqual([
      '0отправлены, ждут решения',
      '1приняты',
      '1возвращены',
      '2не сданы',
      '2просрочены',
    ]);
  });
});
