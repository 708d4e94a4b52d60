import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Mentorship, Programme, ProgrammeTemplate } from '../api';
import { ProgrammeSection } from './ProgrammeSection';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const pair: Mentorship = {
  id: 'p1',
  schoolId: 's1',
  form: 'TEACHER_PUPIL',
  kind: 'TRADITIONAL',
  status: 'ACTIVE',
  mentor: { id: 'm1', fullName: 'Кузнецова Ольга Ивановна', kind: 'TEACHER' },
  mentees: [{ id: 'a1', fullName: 'Орлов Никита', kind: 'PUPIL' }],
  plannedStart: '2026-09-01',
  plannedEnd: '2027-05-31',
  startedOn: '2026-09-01',
  order: { id: 'o1', number: '112-о/д', date: '2026-08-30' },
  origin: 'MANUAL',
  allowedActions: ['COMPLETE', 'RESCHEDULE', 'TERMINATE'],
  createdBy: 'Ефимова Марина Геннадьевна',
  createdAt: '2026-08-20T10:00:00Z',
  version: 4,
};

const draft: Programme = {
  id: 'pr1',
  mentorshipId: 'p1',
  schoolId: 's1',
  status: 'DRAFT',
  templateCode: 'teacher-pupil-olympiad',
  templateTitle: 'Подготовка одарённого ученика к олимпиадам и конкурсам',
  problem: 'Ученику мало школьной программы',
  content: 'Разбор олимпиадных задач',
  intermediateResults: 'Школьный этап пройден',
  finalResults: 'Муниципальный этап пройден',
  conditions: 'Кабинет 21',
  mode: 'MIXED',
  meetingFrequency: 'WEEKLY',
  startsOn: '2026-09-01',
  endsOn: '2027-05-31',
  goals: [{ id: 'g1', title: 'Подготовиться к олимпиаде', tasks: 'Освоить типы заданий' }],
  activities: [
    {
      id: 'x1',
      goalId: 'g1',
      direction: 'STUDY',
      title: 'Разбор заданий школьного этапа',
      description: 'Типы заданий',
      dueOn: '2026-09-15',
      performer: 'BOTH',
      status: 'PLANNED',
      result: '',
      overdue: false,
      version: 2,
    },
  ],
  directions: ['STUDY', 'PROJECT', 'CAREER', 'CREATIVE', 'SOCIAL'],
  parties: [
    { participantId: 'm1', fullName: 'Кузнецова Ольга Ивановна', side: 'MENTOR', minor: false },
    { participantId: 'a1', fullName: 'Орлов Никита', side: 'MENTEE', minor: true },
  ],
  agreements: [],
  allowedActions: ['EDIT', 'AGREE'],
  createdBy: 'Ефимова Марина Геннадьевна',
  createdAt: '2026-09-02T10:00:00Z',
  updatedAt: '2026-09-02T10:00:00Z',
  version: 3,
};

const agreed: Programme = {
  ...draft,
  status: 'AGREED',
  agreedOn: '2026-09-03',
  agreements: [
    {
      participantId: 'm1',
      participantName: 'Кузнецова Ольга Ивановна',
      side: 'MENTOR',
      givenBy: 'SELF',
      giverName: 'Кузнецова Ольга Ивановна',
      agreedOn: '2026-09-03',
    },
    {
      participantId: 'a1',
      participantName: 'Орлов Никита',
      side: 'MENTEE',
      givenBy: 'PARENT',
      giverName: 'Орлова Светлана',
      agreedOn: '2026-09-03',
    },
  ],
  allowedActions: ['EDIT'],
};

const template: ProgrammeTemplate = {
  code: 'teacher-pupil-olympiad',
  form: 'TEACHER_PUPIL',
  title: 'Подготовка одарённого ученика к олимпиадам и конкурсам',
  summary: 'Учитель готовит ученика к олимпиаде.',
  problem: 'п',
  content: 'с',
  intermediateResults: 'пр',
  finalResults: 'ит',
  conditions: 'у',
  mode: 'MIXED',
  meetingFrequency: 'WEEKLY',
  goals: [{ title: 'Цель', tasks: 'Задача' }],
  activities: [{ goal: 0, direction: 'STUDY', title: 'Разбор', description: '', week: 1, performer: 'BOTH' }],
};

const sent: { method: string; url: URL; body?: unknown }[] = [];

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

/** A server holding the programme (or none), answering writes with it and recording what was sent. */
function serve(programme: Programme | null) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      if (input.method !== 'GET') {
        const text = await input.text();
        sent.push({ method: input.method, url, body: text ? JSON.parse(text) : undefined });
        return json(
          programme ?? draft,
          input.method === 'POST' && url.pathname.endsWith('/programme') ? 201 : 200,
        );
      }
      if (url.pathname === '/api/programme-templates') {
        sent.push({ method: 'GET', url });
        return json([template]);
      }
      if (url.pathname.endsWith('/revisions')) {
        return json([]);
      }
      return programme
        ? json(programme)
        : json(
            { type: 'urn:nastavnik:problem:not-found', title: 'У пары ещё нет программы', status: 404 },
            404,
          );
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
});

describe('the programme of a pair', () => {
  it('starts from a template of the pair’s form', async () => {
    serve(null);
    const user = userEvent.setup();
    renderWithProviders(<ProgrammeSection schoolId="s1" mentorship={pair} />);
    expect(await screen.findByText(/У пары ещё нет программы наставничества/)).toBeInTheDocument();
    await waitFor(() => expect(sent.find((r) => r.url.pathname === '/api/programme-templates')).toBeTruthy());
    expect(
      sent.find((r) => r.url.pathname === '/api/programme-templates')?.url.searchParams.get('form'),
    ).toBe('TEACHER_PUPIL');
    expect(screen.getByRole('button', { name: 'Составить по шаблону' })).toBeDisabled();
    await user.click(screen.getByRole('combobox', { name: 'Шаблон программы' }));
    await user.click(await screen.findByText('Подготовка одарённого ученика к олимпиадам и конкурсам'));
    expect(screen.getByText(/Целей: 1, мероприятий: 1/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Составить по шаблону' }));
    await waitFor(() => expect(sent.filter((r) => r.method === 'POST')).toHaveLength(1));
    expect(sent.find((r) => r.method === 'POST')?.body).toEqual({ templateCode: 'teacher-pupil-olympiad' });
  });

  it('checks an activity before sending it and says what is wrong in Russian', async () => {
    serve(draft);
    const user = userEvent.setup();
    renderWithProviders(<ProgrammeSection schoolId="s1" mentorship={pair} />);
    await user.click(await screen.findByRole('button', { name: 'Добавить мероприятие' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog).findByText('Выберите направление')).toBeInTheDocument();
    expect(within(dialog).getByText('Назовите мероприятие')).toBeInTheDocument();
    expect(within(dialog).getByText('Укажите дату')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Мероприятие' }), 'Пробный тур');
    fireEvent.change(within(dialog).getByLabelText(/Срок/), { target: { value: '2027-06-15' } });
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(
      await within(dialog).findByText('Срок мероприятия — в пределах срока программы'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByLabelText(/Причина изменения/)).not.toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });

  it('after agreement asks why the plan changes, but not for recording how it goes', async () => {
    serve(agreed);
    const user = userEvent.setup();
    renderWithProviders(<ProgrammeSection schoolId="s1" mentorship={pair} />);
    expect(await screen.findByText('Согласована 03.09.2026')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Согласовать' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/согласие за несовершеннолетнего: родитель Орлова Светлана, 03.09.2026/),
    ).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Изменить мероприятие «Разбор заданий школьного этапа»' }),
    );
    let dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: 'Состояние' }));
    await user.click(await screen.findByRole('option', { name: 'Выполнено' }));
    expect(within(dialog).queryByLabelText(/Причина изменения/)).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Результат' }), 'Решено 4 из 5');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.method).toBe('PUT');
    expect(sent[0]?.url.pathname).toBe('/api/schools/s1/mentorships/p1/programme/activities/x1');
    expect(sent[0]?.body).toMatchObject({ version: 2, status: 'DONE', result: 'Решено 4 из 5' });
    expect(sent[0]?.body).not.toHaveProperty('reason');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(
      screen.getByRole('button', { name: 'Изменить мероприятие «Разбор заданий школьного этапа»' }),
    );
    dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Срок/), { target: { value: '2026-09-22' } });
    const reason = await within(dialog).findByRole('textbox', { name: /Причина изменения/ });
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(
      await within(dialog).findByText('Программа уже согласована: укажите причину изменения'),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    await user.type(reason, 'Олимпиаду перенесли');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.body).toMatchObject({ dueOn: '2026-09-22', reason: 'Олимпиаду перенесли' });
  });

  it('asks the reason before deleting an activity of an agreed programme', async () => {
    serve(agreed);
    const user = userEvent.setup();
    renderWithProviders(<ProgrammeSection schoolId="s1" mentorship={pair} />);
    await user.click(
      await screen.findByRole('button', { name: 'Удалить мероприятие «Разбор заданий школьного этапа»' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Удалить' }));
    expect(
      await within(dialog).findByText('Программа уже согласована: укажите причину изменения'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Причина изменения/ }), 'Этап отменили');
    await user.click(within(dialog).getByRole('button', { name: 'Удалить' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.method).toBe('DELETE');
    expect(sent[0]?.url.searchParams.get('version')).toBe('2');
    expect(sent[0]?.url.searchParams.get('reason')).toBe('Этап отменили');
  });

  it('records each side’s agreement, a minor’s by a parent named in full', async () => {
    serve(draft);
    const user = userEvent.setup();
    renderWithProviders(<ProgrammeSection schoolId="s1" mentorship={pair} />);
    await user.click(await screen.findByRole('button', { name: 'Согласовать' }));
    const dialog = await screen.findByRole('dialog');
    const mentee = within(dialog).getByText('Наставляемый: Орлов Никита').closest('div') as HTMLElement;
    expect(within(mentee).getByRole('combobox', { name: 'Кто дал согласие' })).toHaveValue('Родитель');
    expect(within(dialog).getAllByRole('textbox', { name: 'ФИО давшего согласие' })[0]).toHaveValue(
      'Кузнецова Ольга Ивановна',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Согласовать' }));
    expect(await within(dialog).findByText('Укажите ФИО давшего согласие')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
    await user.type(within(mentee).getByRole('textbox', { name: 'ФИО давшего согласие' }), 'Орлова Светлана');
    await user.click(within(dialog).getByRole('button', { name: 'Согласовать' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.url.pathname).toBe('/api/schools/s1/mentorships/p1/programme/agree');
    expect(sent[0]?.body).toMatchObject({
      version: 3,
      agreements: [
        { participantId: 'm1', givenBy: 'SELF', giverName: 'Кузнецова Ольга Ивановна' },
        { participantId: 'a1', givenBy: 'PARENT', giverName: 'Орлова Светлана' },
      ],
    });
  });

  it('asks for the reason of a change of an agreed programme’s note and shows the server’s refusal by field', async () => {
    serve(agreed);
    const user = userEvent.setup();
    renderWithProviders(<ProgrammeSection schoolId="s1" mentorship={pair} />);
    await user.click(await screen.findByRole('button', { name: 'Изменить программу' }));
    const dialog = await screen.findByRole('dialog');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Цель 1' }));
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog).findByText('Сформулируйте цель')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Программа уже согласована: укажите причину изменения'),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request) => {
        sent.push({ method: input.method, url: new URL(input.url), body: await input.json() });
        return json(
          {
            type: 'urn:nastavnik:problem:validation',
            title: 'Проверьте заполнение полей',
            status: 400,
            errors: [{ field: 'goals[0].title', message: 'Не длиннее 1000 символов' }],
          },
          400,
        );
      }),
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Цель 1' }), 'Очень длинная цель');
    await user.type(within(dialog).getByRole('textbox', { name: /Причина изменения/ }), 'Уточнили цель');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog).findByText('Не длиннее 1000 символов')).toBeInTheDocument();
    expect(sent[0]?.body).toMatchObject({ version: 3, reason: 'Уточнили цель' });
  });
});
