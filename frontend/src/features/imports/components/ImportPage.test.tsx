import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import { importKinds, type ImportJob, type Me } from '../api';
import { ImportPage } from './ImportPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const me: Me = {
  username: 'school',
  fullName: 'Ефимова Марина',
  role: 'school',
  regionId: 'r',
  regionName: 'Тверская область',
  municipalityId: 'm',
  schoolId: 's1',
  schoolName: 'МОУ СОШ № 17',
};

function job(overrides: Partial<ImportJob>): ImportJob {
  return {
    id: 'j1',
    kind: 'PARTICIPANTS',
    dryRun: true,
    allOrNothing: false,
    status: 'SUCCEEDED',
    applied: false,
    fileName: 'ученики.csv',
    fileFormat: 'CSV, Windows-1251, разделитель «;»',
    fileSize: 120,
    totalRows: 100,
    processedRows: 100,
    created: 97,
    updated: 1,
    unchanged: 0,
    rejected: 2,
    warnings: ['Столбец «Примечание» не используется и пропущен'],
    ownerUsername: 'school',
    createdAt: '2025-09-01T10:00:00Z',
    ...overrides,
  };
}

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

interface Seen {
  url: URL;
  method: string;
  headers: Headers;
}

const requests: Seen[] = [];

/** The API as the page sees it: the job runs for one poll, then succeeds with two rejected rows. */
function serve() {
  let polls = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      requests.push({ url, method: input.method, headers: input.headers });
      if (input.method === 'POST' && url.pathname === '/api/imports/participants') {
        return json(job({ status: 'QUEUED', processedRows: 0, created: 0, updated: 0, rejected: 0 }), 202);
      }
      if (url.pathname === '/api/imports/j1') {
        polls++;
        return json(polls === 1 ? job({ status: 'RUNNING', processedRows: 50 }) : job({}));
      }
      if (url.pathname === '/api/imports/j1/rows') {
        const rejected = url.searchParams.get('action') === 'REJECTED';
        return json({
          items: rejected
            ? [{ row: 4, action: 'REJECTED', column: 'Дата рождения', message: 'Такой даты нет', ref: 'П-3' }]
            : [{ row: 2, action: 'CREATED', ref: 'П-1' }],
          total: 1,
          page: 0,
          size: 20,
        });
      }
      if (url.pathname === '/api/imports') {
        return json({ items: [job({ fileName: 'прошлый.xlsx' })], total: 1, page: 0, size: 5 });
      }
      return json({ items: [], total: 0, page: 0, size: 100 });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  requests.length = 0;
});

describe('ImportPage', () => {
  it('asks for a file before checking anything', async () => {
    serve();
    renderWithProviders(<ImportPage me={me} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Проверить' }));
    expect(await screen.findByText('Выберите файл')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('checks a file, follows the job with a progress bar and shows the report with rejected rows first', async () => {
    serve();
    renderWithProviders(<ImportPage me={me} />);
    const user = userEvent.setup();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['ФИО;Категория\n'], 'ученики.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Проверить' }));

    expect(await screen.findByText('Обработано строк: 50 из 100')).toBeInTheDocument();
    expect(
      await screen.findByText('Проверка завершена: данные не изменены', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    const upload = requests.find((r) => r.method === 'POST');
    expect(upload?.url.searchParams.get('dryRun')).toBe('true');
    expect(upload?.url.searchParams.get('fileName')).toBe('ученики.csv');
    expect(upload?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByText('Будет создано').nextSibling).toHaveTextContent('97');
    expect(screen.getByText('Столбец «Примечание» не используется и пропущен')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Отчёт по строкам' });
    expect(await within(table).findByText('Такой даты нет')).toBeInTheDocument();
    await user.click(screen.getByText('Все'));
    expect(await within(table).findByText('П-1')).toBeInTheDocument();
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('action')).toBeNull());
    expect(screen.getByRole('button', { name: 'Применить изменения' })).toBeInTheDocument();
  });

  it('takes every spreadsheet format and tells a school both ways to write names and roles', async () => {
    serve();
    renderWithProviders(<ImportPage me={me} />);
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input.accept.split(',')).toEqual(
      expect.arrayContaining(['.xlsx', '.xls', '.ods', '.csv', 'application/vnd.ms-excel']),
    );
    expect(screen.getByText(/в трёх: «Фамилия», «Имя», «Отчество»/)).toBeInTheDocument();
    expect(screen.getByText(/один столбец «Роль в программе»/)).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Что загружаем' }));
    await user.click(await screen.findByRole('option', { name: 'Заполненные анкеты' }));
    expect(screen.queryByText(/один столбец «Роль в программе»/)).not.toBeInTheDocument();
  });

  it('opens the report of an earlier upload from the recent list', async () => {
    serve();
    renderWithProviders(<ImportPage me={me} />);
    const recent = await screen.findByRole('table', { name: 'Недавние загрузки' });
    expect(
      await within(recent).findByText(/создано 97, изменено 1, без изменений 0, отклонено 2/),
    ).toBeInTheDocument();
    await userEvent.setup().click(within(recent).getByRole('button', { name: 'прошлый.xlsx' }));
    expect(await screen.findByText('Проверка завершена: данные не изменены')).toBeInTheDocument();
  });

  it('offers a coordinator the schools, a curator participants and questionnaires, the portal nothing', () => {
    expect(importKinds(me)).toEqual(['PARTICIPANTS', 'RESPONSES']);
    expect(importKinds({ ...me, role: 'regional', schoolId: undefined })).toEqual(['SCHOOLS']);
    expect(importKinds({ ...me, role: 'portal', schoolId: undefined })).toEqual([]);
    serve();
    renderWithProviders(<ImportPage me={{ ...me, role: 'municipal', schoolId: undefined }} />);
    expect(screen.getByDisplayValue('Организации и контингент')).toBeInTheDocument();
  });
});
