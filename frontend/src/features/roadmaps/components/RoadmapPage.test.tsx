import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Roadmap, RoadmapItem } from '../api';
import { RoadmapPage } from './RoadmapPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const roadmap: Roadmap = {
  id: 'r1',
  level: 'SCHOOL',
  ownerId: 's1',
  ownerName: 'МОУ СОШ № 17',
  startYear: 2026,
  yearLabel: '2026/2027',
  title: 'Дорожная карта реализации целевой модели наставничества',
  approvalTitle: 'Приказ директора',
  approvalNumber: '112-о/д',
  approvalDate: '2026-08-29',
  progress: { total: 3, done: 1, inProgress: 0, overdue: 1, donePercent: 33.3 },
  createdBy: 'Ефимова Марина',
  createdAt: '2026-08-29T10:00:00Z',
  updatedAt: '2026-08-29T10:00:00Z',
  version: 0,
};

function item(overrides: Partial<RoadmapItem>): RoadmapItem {
  return {
    id: 'i1',
    roadmapId: 'r1',
    stage: 1,
    stageTitle: 'Подготовка условий для запуска программы наставничества',
    activity: 'Назначить куратора',
    content: 'Приказ о назначении куратора',
    deadline: { kind: 'MONTH', value: '2026-09', label: 'сентябрь 2026' },
    responsible: 'Директор',
    result: 'Куратор назначен',
    resultDocument: 'Приказ',
    status: 'PLANNED',
    overdue: false,
    updatedAt: '2026-08-29T10:00:00Z',
    version: 0,
    ...overrides,
  };
}

const curator = item({ id: 'i1', overdue: true });
const base = item({
  id: 'i2',
  stage: 3,
  activity: 'Сформировать базу наставников',
  deadline: { kind: 'THROUGH_YEAR', label: 'в течение года' },
  status: 'DONE',
  doneOn: '2026-10-12',
  completionNote: 'База собрана, согласия получены',
  evidenceUrl: 'https://school17.example.ru/base',
});

function json(body: unknown, status = 200, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

const seen: { url: URL; method: string; body?: string }[] = [];

function serve(answers: { save?: () => Response } = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      const body = input.method === 'GET' ? undefined : await input.text();
      seen.push({ url, method: input.method, body });
      if (url.pathname === '/api/schools/s1/roadmaps/r1') {
        return json(roadmap);
      }
      if (url.pathname === '/api/schools/s1/roadmaps/r1/items' && input.method === 'GET') {
        const items = url.searchParams.get('overdue') === 'true' ? [curator] : [curator, base];
        return json({ items, total: items.length, page: 0, size: 50 });
      }
      if (url.pathname.startsWith('/api/schools/s1/roadmaps/r1/items')) {
        if (input.method === 'DELETE') {
          return new Response(null, { status: 204 });
        }
        return answers.save?.() ?? json(curator);
      }
      return json({}, 404);
    }),
  );
}

function renderPage(editable = true) {
  return renderWithProviders(
    <Routes>
      <Route
        path="/roadmaps/:roadmapId"
        element={<RoadmapPage owner={{ level: 'SCHOOL', id: 's1' }} editable={editable} />}
      />
    </Routes>,
    '/roadmaps/r1',
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  seen.length = 0;
});

describe('the roadmap page', () => {
  it('lays the items out by stage with their deadline, result, status and completion note', async () => {
    serve();
    renderPage();
    const table = await screen.findByRole('table', { name: 'Мероприятия' });
    expect(
      await within(table).findByText('1. Подготовка условий для запуска программы наставничества'),
    ).toBeInTheDocument();
    expect(within(table).getByText('3. Формирование базы наставников')).toBeInTheDocument();
    expect(within(table).getByText('сентябрь 2026')).toBeInTheDocument();
    expect(within(table).getByText('в течение года')).toBeInTheDocument();
    expect(within(table).getByText('База собрана, согласия получены')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Ссылка на подтверждение' })).toHaveAttribute(
      'href',
      'https://school17.example.ru/base',
    );
    expect(within(table).getByText('выполнено 12.10.2026')).toBeInTheDocument();
    expect(screen.getByText(/Приказ директора № 112-о\/д от 29.08.2026/)).toBeInTheDocument();
    expect(screen.getByText('выполнено 1 из 3')).toBeInTheDocument();
  });

  it('flags the overdue items and shows them alone when asked, by the server', async () => {
    serve();
    const user = userEvent.setup();
    renderPage();
    const table = await screen.findByRole('table', { name: 'Мероприятия' });
    await within(table).findByText('Сформировать базу наставников');
    const flagged = within(table).getAllByText('Просрочено');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.closest('tr')).toHaveTextContent('Назначить куратора');

    await user.click(screen.getByText('Просроченные'));
    await waitFor(() => expect(within(table).queryByText('Сформировать базу наставников')).toBeNull());
    expect(within(table).getByText('Назначить куратора')).toBeInTheDocument();
    expect(seen.at(-1)?.url.searchParams.get('overdue')).toBe('true');
  });

  it('asks before deleting an item, and deletes only on yes', async () => {
    serve();
    const user = userEvent.setup();
    renderPage();
    const table = await screen.findByRole('table', { name: 'Мероприятия' });
    const row = (await within(table).findByText('Назначить куратора')).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: 'Удалить' }));
    const question = await screen.findByRole('dialog', { name: 'Подтвердите действие' });
    expect(question).toHaveTextContent('Удалить мероприятие «Назначить куратора»?');
    expect(seen.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(within(question).getByRole('button', { name: 'Удалить' }));
    await waitFor(() =>
      expect(seen.find((r) => r.method === 'DELETE')?.url.pathname).toBe(
        '/api/schools/s1/roadmaps/r1/items/i1',
      ),
    );
  });

  it('shows the fields the server refused next to them', async () => {
    serve({
      save: () =>
        json(
          {
            type: 'urn:nastavnik:problem:validation',
            title: 'Ошибка в данных',
            status: 400,
            errors: [
              { field: 'deadline.text', message: 'Срок «к лету» не распознан' },
              { field: 'evidenceUrl', message: 'Укажите адрес, начинающийся с http:// или https://' },
            ],
          },
          400,
          'application/problem+json',
        ),
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Добавить мероприятие' }));
    const dialog = await screen.findByRole('dialog', { name: 'Новое мероприятие' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Этап' }));
    await user.click(
      await screen.findByRole('option', { name: '6. Организация работы наставнических пар и групп' }),
    );
    await user.click(within(dialog).getByRole('textbox', { name: /Мероприятие/ }));
    await user.paste('Педсовет по итогам полугодия');
    await user.click(within(dialog).getByRole('combobox', { name: 'Вид срока' }));
    await user.click(await screen.findByRole('option', { name: 'Словами, как в документе' }));
    await user.click(within(dialog).getByRole('textbox', { name: /Срок словами/ }));
    await user.paste('к лету');
    await user.click(within(dialog).getByRole('textbox', { name: 'Ссылка на подтверждение' }));
    await user.paste('сайт школы');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));

    expect(await within(dialog).findByText('Срок «к лету» не распознан')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Укажите адрес, начинающийся с http:// или https://'),
    ).toBeInTheDocument();
    const sent = JSON.parse(seen.find((r) => r.method === 'POST')!.body!);
    expect(sent).toMatchObject({ stage: 6, deadline: { text: 'к лету' }, evidenceUrl: 'сайт школы' });
  });

  it('lets the level above read but not change', async () => {
    serve();
    renderPage(false);
    const table = await screen.findByRole('table', { name: 'Мероприятия' });
    await within(table).findByText('Назначить куратора');
    expect(screen.queryByRole('button', { name: 'Добавить мероприятие' })).toBeNull();
    expect(within(table).queryByRole('button', { name: 'Удалить' })).toBeNull();
    expect(within(table).getByText('Выполнено')).toBeInTheDocument();
  });
});
