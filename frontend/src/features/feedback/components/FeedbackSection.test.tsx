import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../../lib/api/client';
import { renderWithProviders } from '../../../test/render';
import type { FeedbackOverview } from '../api';
import { FeedbackSection } from './FeedbackSection';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const pair: Schemas['Mentorship'] = {
  id: 'p1',
  schoolId: 's1',
  form: 'TEACHER_PUPIL',
  kind: 'TRADITIONAL',
  status: 'ACTIVE',
  mentor: { id: 'm1', fullName: 'Кузнецова Ольга Ивановна', kind: 'TEACHER' },
  mentees: [{ id: 'a1', fullName: 'Орлов Никита', kind: 'PUPIL' }],
  plannedStart: '2099-09-01',
  plannedEnd: '2100-03-01',
  startedOn: '2099-09-01',
  origin: 'MANUAL',
  allowedActions: ['COMPLETE', 'TERMINATE', 'RESCHEDULE'],
  createdBy: 'Ефимова Марина Геннадьевна',
  createdAt: '2099-08-20T10:00:00Z',
  version: 3,
};

const overview: FeedbackOverview = {
  schedule: {
    mode: 'NONE',
    dates: [],
    includeMentor: false,
    countedFrom: '2099-09-01',
    dueDates: [],
    version: 0,
  },
  nextDates: [],
  deliveries: [
    {
      id: 'd1',
      mentorshipId: 'p1',
      mentorName: 'Кузнецова Ольга Ивановна',
      participantId: 'a1',
      participantName: 'Орлов Никита',
      purpose: 'ENTRY',
      dueOn: '2099-09-01',
      status: 'EMAILED',
      channel: 'EMAIL',
      questionnaireTitle: 'Входная самооценка',
      email: 'orlov-family@example.ru',
      expiresAt: '2099-09-15T09:00:00Z',
    },
    {
      id: 'd2',
      mentorshipId: 'p1',
      mentorName: 'Кузнецова Ольга Ивановна',
      participantId: 'm1',
      participantName: 'Кузнецова Ольга Ивановна',
      purpose: 'INTERMEDIATE',
      dueOn: '2099-10-01',
      status: 'TO_PRINT',
      channel: 'SHEET',
      mailError: 'Почтовый сервер не принял письмо: Connection refused',
    },
  ],
};

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

const sent: Sent[] = [];

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

/** The API as this section uses it; a PUT answers with the given response. */
function serve(
  onPut: (body: unknown) => Response = (body) => json({ ...overview.schedule, ...(body as object) }),
) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'PUT') {
        const body: unknown = await request.json();
        sent.push({ method: 'PUT', path, body });
        return onPut(body);
      }
      if (request.method === 'POST') {
        sent.push({ method: 'POST', path, body: null });
        return new Response(new Blob(['%PDF-1.4']), {
          status: 200,
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': 'attachment; filename="f.pdf"',
          },
        });
      }
      return json(overview);
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
});

describe('the feedback of a pair', () => {
  it('lists every questionnaire with how it went out and what became of it', async () => {
    serve();
    renderWithProviders(<FeedbackSection schoolId="s1" mentorship={pair} />);
    const table = await screen.findByRole('table', { name: 'Анкеты участников' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByText('Орлов Никита')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Письмом на orlov-family@example.ru')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Отправлена письмом')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Промежуточная обратная связь')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Ждёт печати листа')).toBeInTheDocument();
    expect(within(rows[2]!).getByText(/Connection refused/)).toBeInTheDocument();
    expect(screen.getByText(/Промежуточная анкета не назначена/)).toBeInTheDocument();
  });

  it('sets a schedule after N months then every M, previewing its dates, and sends the version it was based on', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<FeedbackSection schoolId="s1" mentorship={pair} />);
    await user.click(await screen.findByRole('button', { name: 'Задать расписание' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByText('Через N месяцев, затем каждые M'));
    const every = within(dialog).getByRole('textbox', { name: 'Затем каждые, месяцев' });
    await user.clear(every);
    await user.type(every, '3');
    const preview = within(dialog).getByRole('list', { name: 'Даты анкет' });
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['01.10.2099', '01.01.2100']);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Наставник тоже получает анкету' }));
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      method: 'PUT',
      path: '/api/schools/s1/mentorships/p1/feedback-schedule',
      body: { mode: 'PERIODIC', firstAfterMonths: 1, everyMonths: 3, includeMentor: true, version: 0 },
    });
  });

  it('checks listed dates before sending and shows the server refusal next to the date it names', async () => {
    serve(() =>
      json(
        {
          type: 'urn:nastavnik:problem:validation',
          title: 'Проверьте заполнение полей',
          status: 400,
          errors: [{ field: 'dates[0]', message: 'Дата 05.10.2099 вне срока пары' }],
        },
        400,
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<FeedbackSection schoolId="s1" mentorship={pair} />);
    await user.click(await screen.findByRole('button', { name: 'Задать расписание' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByText('По датам'));
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog).findByText('Укажите дату')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Дата 1'), '2099-10-05');
    await user.click(within(dialog).getByRole('button', { name: 'Добавить дату' }));
    await user.type(within(dialog).getByLabelText('Дата 2'), '2099-10-05');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog).findByText('Эта дата уже есть в списке')).toBeInTheDocument();
    const remove = within(dialog).getAllByRole('button', { name: 'Удалить дату 05.10.2099' });
    await user.click(remove[1]!);
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog).findByText('Дата 05.10.2099 вне срока пары')).toBeInTheDocument();
    expect(sent.map((s) => s.body)).toEqual([
      { mode: 'DATES', dates: ['2099-10-05'], includeMentor: false, version: 0 },
    ]);
  });

  it('prints the sheets with QR codes on request', async () => {
    serve();
    const user = userEvent.setup();
    URL.createObjectURL = vi.fn(() => 'blob:sheet');
    URL.revokeObjectURL = vi.fn();
    renderWithProviders(<FeedbackSection schoolId="s1" mentorship={pair} />);
    await user.click(await screen.findByRole('button', { name: 'Распечатать листы с QR-кодами' }));
    await waitFor(() =>
      expect(sent).toEqual([
        { method: 'POST', path: '/api/schools/s1/mentorships/p1/feedback/sheet', body: null },
      ]),
    );
  });
});
