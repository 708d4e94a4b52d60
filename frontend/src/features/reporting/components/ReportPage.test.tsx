import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Report } from '../api';
import { ReportScreen } from './ReportPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const campaign: Report['campaign'] = {
  id: 'c1',
  regionId: 'r1',
  title: 'Мониторинг за I полугодие 2026/27',
  startYear: 2026,
  half: 1,
  periodLabel: 'I полугодие 2026/27',
  dueOn: '2027-02-10',
  indicators: ['TEACHERS'],
  createdBy: 'Регион',
  createdAt: '2026-12-01T10:00:00Z',
};

const empty = { done: '', results: '', problems: '', plans: '', strengths: '', weaknesses: '' };

const draft: Report = {
  id: 'rep1',
  campaign,
  level: 'SCHOOL',
  municipalityId: 'm1',
  schoolId: 's1',
  name: 'МОУ СОШ № 17',
  status: 'DRAFT',
  number: 1,
  late: false,
  note: empty,
  figuresFrozen: false,
  figures: {
    level: 'SCHOOL',
    id: 's1',
    name: 'МОУ СОШ № 17',
    period: {
      key: '2026-1',
      label: 'I полугодие 2026/27',
      startYear: 2026,
      half: 1,
      from: '2026-09-01',
      to: '2026-12-01',
      asOf: '2026-12-01',
    },
    indicators: [
      {
        indicator: 'TEACHERS',
        title: 'Педагоги-наставники',
        unit: 'PERCENT',
        figure: { value: 30.5, numerator: 21, denominator: 70, schoolsWithoutContingent: 0 },
        byForm: [],
        breakdown: [],
        trend: [],
      },
    ],
    funnel: [],
    unitFunnel: [],
  },
  versions: [],
  history: [],
  allowedActions: ['EDIT', 'SUBMIT'],
  version: 3,
};

const sent: { method: string; path: string; body: unknown }[] = [];

function serve(answer: (method: string, body: { version?: number }) => Report) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const body = input.method === 'GET' ? {} : ((await input.json()) as { version?: number });
      sent.push({ method: input.method, path: new URL(input.url).pathname, body });
      return new Response(JSON.stringify(answer(input.method, body)), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
});

const school = { kind: 'school', id: 's1' } as const;

function confirmDialog(text: RegExp) {
  return screen.findByText(text).then((q) => within(q.closest('section') ?? document.body));
}

describe('the curator’s report', () => {
  it('shows today’s figures and says they are not frozen yet', () => {
    serve(() => draft);
    renderWithProviders(<ReportScreen owner={school} report={draft} />);
    expect(screen.getByRole('heading', { level: 1, name: 'МОУ СОШ № 17' })).toBeInTheDocument();
    expect(screen.getByText('Показатели на сегодня, закрепятся при отправке')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Педагоги-наставники 30,5 % 21 70/ })).toBeInTheDocument();
  });

  it('saves the note with the version it was read at', async () => {
    serve((_, body) => ({
      ...draft,
      note: { ...empty, done: 'Сформировано 12 пар' },
      version: (body.version ?? 0) + 1,
    }));
    const user = userEvent.setup();
    renderWithProviders(<ReportScreen owner={school} report={draft} />);
    await user.type(screen.getByRole('textbox', { name: 'Что сделано' }), 'Сформировано 12 пар');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      method: 'PUT',
      path: '/api/schools/s1/campaigns/c1/report',
      body: { ...empty, done: 'Сформировано 12 пар', version: 3 },
    });
  });

  it('submits to the municipality only after the curator confirms', async () => {
    serve(() => ({ ...draft, status: 'SUBMITTED', allowedActions: [] }));
    const user = userEvent.setup();
    renderWithProviders(<ReportScreen owner={school} report={draft} />);
    await user.click(screen.getByRole('button', { name: 'Отправить в муниципалитет' }));
    const dialog = await confirmDialog(/Отправить отчёт\?/);
    expect(sent).toHaveLength(0);
    await user.click(dialog.getByRole('button', { name: 'Отправить в муниципалитет' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      method: 'POST',
      path: '/api/schools/s1/campaigns/c1/report/submit',
      body: { version: 3 },
    });
  });

  it('submits right after a save with the version the save answered, without saving again', async () => {
    serve((method, body) =>
      method === 'PUT'
        ? { ...draft, note: { ...empty, done: 'Сформировано 12 пар' }, version: (body.version ?? 0) + 1 }
        : { ...draft, status: 'SUBMITTED', allowedActions: [] },
    );
    const user = userEvent.setup();
    // The report the page holds is not read again in between, as when the curator is quicker than the refetch.
    renderWithProviders(<ReportScreen owner={school} report={draft} />);
    await user.type(screen.getByRole('textbox', { name: 'Что сделано' }), 'Сформировано 12 пар');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Отправить в муниципалитет' }));
    const dialog = await confirmDialog(/Отправить отчёт\?/);
    await user.click(dialog.getByRole('button', { name: 'Отправить в муниципалитет' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({
      method: 'POST',
      path: '/api/schools/s1/campaigns/c1/report/submit',
      body: { version: 4 },
    });
  });

  it('shows what the municipality asked to fix when the report comes back', () => {
    const returned: Report = {
      ...draft,
      status: 'RETURNED',
      number: 2,
      history: [
        {
          number: 1,
          action: 'SUBMITTED',
          fromStatus: 'DRAFT',
          toStatus: 'SUBMITTED',
          at: '2027-01-10T10:00:00Z',
          actorRole: 'school',
          actorName: 'Куратор',
        },
        {
          number: 1,
          action: 'RETURNED',
          fromStatus: 'SUBMITTED',
          toStatus: 'RETURNED',
          at: '2027-01-12T10:00:00Z',
          actorRole: 'municipal',
          actorName: 'Координатор',
          comment: 'Добавьте итоги анкетирования',
        },
      ],
    };
    serve(() => returned);
    renderWithProviders(<ReportScreen owner={school} report={returned} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Отчёт возвращён на доработку');
    expect(alert).toHaveTextContent('Добавьте итоги анкетирования');
  });
});

describe('the municipality’s review of a school’s report', () => {
  const submitted: Report = {
    ...draft,
    status: 'SUBMITTED',
    figuresFrozen: true,
    allowedActions: ['ACCEPT', 'RETURN'],
  };

  it('shows the report read-only, with frozen figures', () => {
    serve(() => submitted);
    renderWithProviders(<ReportScreen owner={school} report={submitted} />);
    expect(screen.getByText('Показатели закреплены при отправке')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Что сделано' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Сохранить' })).not.toBeInTheDocument();
  });

  it('returns it only with a comment, after confirming, to the municipality’s address', async () => {
    serve(() => ({ ...submitted, status: 'RETURNED', allowedActions: [] }));
    const user = userEvent.setup();
    renderWithProviders(<ReportScreen owner={school} report={submitted} />);
    await user.click(screen.getByRole('button', { name: 'Вернуть на доработку' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Вернуть на доработку' }));
    expect(await dialog.findByText('Напишите, что исправить')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.type(dialog.getByRole('textbox', { name: 'Что исправить' }), 'Добавьте итоги анкетирования');
    await user.click(dialog.getByRole('button', { name: 'Вернуть на доработку' }));
    const question = await confirmDialog(/Вернуть отчёт «МОУ СОШ № 17» на доработку\?/);
    expect(sent).toHaveLength(0);
    await user.click(question.getByRole('button', { name: 'Вернуть на доработку' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      method: 'POST',
      path: '/api/municipalities/m1/campaigns/c1/reports/rep1/return',
      body: { version: 3, comment: 'Добавьте итоги анкетирования' },
    });
  });
});
