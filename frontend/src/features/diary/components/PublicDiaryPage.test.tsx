import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { PublicDiary } from '../api';
import { PublicDiaryPage } from './PublicDiaryPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => undefined }));

const today = dayjs().format('YYYY-MM-DD');

const diary: PublicDiary = {
  schoolName: 'МОУ СОШ № 17',
  form: 'TEACHER_PUPIL',
  kind: 'GROUP',
  plannedStart: '2026-09-01',
  plannedEnd: '2027-05-31',
  startedOn: '2026-09-01',
  mentees: [
    { id: 'p1', fullName: 'Соколов Матвей' },
    { id: 'p2', fullName: 'Яковлева Дарья' },
  ],
  hasProgramme: true,
  activities: [
    {
      id: 'a1',
      direction: 'PROJECT',
      title: 'Проект «Геометрия вокруг нас»',
      description: '',
      dueOn: '2026-12-20',
      performer: 'BOTH',
      status: 'IN_PROGRESS',
      result: '',
      version: 3,
    },
  ],
  meetings: [],
  editableDays: 7,
  expiresAt: '2027-06-30T10:00:00Z',
};

function json(body: unknown, status = 200, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

const sent: { method: string; url: string; body: unknown }[] = [];

/** The server: the diary on GET, and whatever was sent recorded, answered as the API would. */
function serve(page: PublicDiary = diary) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      if (req.method === 'GET') {
        return json(page);
      }
      const body: unknown = await req.json();
      sent.push({ method: req.method, url: req.url, body });
      return json({ id: 'new', ...(body as object) }, req.method === 'POST' ? 201 : 200);
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
});

describe('the diary a mentor opens from the personal link', () => {
  it('tells plainly why a link opens nothing', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        json(
          {
            type: 'urn:nastavnik:problem:diary-link-closed',
            title: 'Работа пары завершена',
            status: 410,
            detail: 'Дневник этой пары закрыт с 30.05.2027: записи сохранены у куратора программы.',
          },
          410,
          'application/problem+json',
        ),
      ),
    );
    renderWithProviders(<PublicDiaryPage token="t" />);
    expect(await screen.findByRole('heading', { name: 'Работа пары завершена' })).toBeInTheDocument();
    expect(screen.getByText(/записи сохранены у куратора/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Записать встречу' })).not.toBeInTheDocument();
  });

  it('shows the pair with its mentees’ names and nothing more about them', async () => {
    serve();
    renderWithProviders(<PublicDiaryPage token="t" />);
    expect(await screen.findByRole('heading', { name: 'Дневник наставника', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Учитель — ученик · Групповое')).toBeInTheDocument();
    expect(screen.getByText('Наставляемые: Соколов Матвей, Яковлева Дарья')).toBeInTheDocument();
    expect(screen.getByText('Проект «Геометрия вокруг нас»')).toBeInTheDocument();
    expect(screen.getByText('Записанных встреч пока нет.')).toBeInTheDocument();
  });

  it('logs a held meeting with who came and what was worked on, after asking for what is missing', async () => {
    serve();
    renderWithProviders(<PublicDiaryPage token="t" />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Записать встречу' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByText('Укажите тему встречи')).toBeInTheDocument();
    expect(screen.getByText('Укажите продолжительность проведённой встречи')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /Тема/ }), 'Работа над проектом');
    await user.type(screen.getByRole('textbox', { name: /Продолжительность/ }), '45');
    await user.click(screen.getByRole('checkbox', { name: 'Яковлева Дарья' }));
    await user.click(screen.getByRole('checkbox', { name: 'Проект «Геометрия вокруг нас»' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    expect(await screen.findByText(`Встреча записана: ${dayjs().format('DD.MM.YYYY')}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Закрыть' })).toBeInTheDocument();
    expect(sent).toEqual([
      {
        method: 'POST',
        url: expect.stringMatching(/\/api\/diary\/t\/meetings$/),
        body: {
          kind: 'REGULAR',
          held: true,
          date: today,
          durationMinutes: 45,
          format: 'IN_PERSON',
          topic: 'Работа над проектом',
          attendance: [
            { participantId: 'p1', present: true },
            { participantId: 'p2', present: false },
          ],
          activityIds: ['a1'],
        },
      },
    ]);
  });

  it('marks an activity done only with its result', async () => {
    serve();
    renderWithProviders(<PublicDiaryPage token="t" />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Выполнено: Проект «Геометрия вокруг нас»' }));
    await user.click(screen.getByRole('button', { name: 'Отметить выполненным' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Опишите результат: что сделано');
    expect(sent).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /Результат/ }), 'Собрали модель многогранника');
    await user.click(screen.getByRole('button', { name: 'Отметить выполненным' }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      method: 'PUT',
      url: expect.stringMatching(/\/api\/diary\/t\/activities\/a1$/),
      body: { status: 'DONE', result: 'Собрали модель многогранника', doneOn: today, version: 3 },
    });
  });

  it('lets the mentor only plan meetings until the pair starts', async () => {
    serve({ ...diary, startedOn: undefined });
    renderWithProviders(<PublicDiaryPage token="t" />);
    const user = userEvent.setup();
    expect(
      await screen.findByText('Пара ещё не начала работу: встречи можно только планировать.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Выполнено:/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Записать встречу' }));
    const held = screen.getByRole('checkbox', { name: 'Встреча проведена' });
    expect(held).not.toBeChecked();
    expect(held).toBeDisabled();
  });
});
