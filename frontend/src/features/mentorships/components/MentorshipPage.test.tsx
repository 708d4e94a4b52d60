import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Mentorship, MentorshipEvent } from '../api';
import { MentorshipDetails } from './MentorshipPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const approved: Mentorship = {
  id: 'p1',
  schoolId: 's1',
  form: 'TEACHER_PUPIL',
  kind: 'TRADITIONAL',
  status: 'APPROVED',
  mentor: { id: 'm1', fullName: 'Кузнецова Ольга Ивановна', kind: 'TEACHER' },
  mentees: [{ id: 'a1', fullName: 'Орлов Никита', kind: 'PUPIL' }],
  plannedStart: '2026-09-01',
  plannedEnd: '2027-03-01',
  order: { id: 'o1', number: '112-о/д', date: '2026-08-30' },
  origin: 'MANUAL',
  allowedActions: ['ACTIVATE', 'TERMINATE'],
  createdBy: 'Ефимова Марина Геннадьевна',
  createdAt: '2026-08-20T10:00:00Z',
  version: 3,
};

const events: MentorshipEvent[] = [
  {
    id: 'e1',
    kind: 'PROPOSED',
    toStatus: 'PROPOSED',
    at: '2026-08-20T10:00:00Z',
    actorName: 'Ефимова Марина Геннадьевна',
    actorLogin: 'school',
  },
  {
    id: 'e2',
    kind: 'APPROVED',
    fromStatus: 'PROPOSED',
    toStatus: 'APPROVED',
    at: '2026-08-30T10:00:00Z',
    actorName: 'Ефимова Марина Геннадьевна',
    actorLogin: 'school',
    comment: 'Приказ № 112-о/д от 30.08.2026',
  },
];

const sent: { url: URL; body: unknown }[] = [];

function serve() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      if (input.method === 'POST') {
        sent.push({ url, body: await input.json() });
        return new Response(JSON.stringify({ ...approved, status: 'TERMINATED', allowedActions: [] }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      }
      return new Response(JSON.stringify(events), {
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

describe('the page of a mentorship', () => {
  it('offers only the actions the server allows now and shows the history with who did what', async () => {
    serve();
    renderWithProviders(<MentorshipDetails schoolId="s1" m={approved} />);
    expect(screen.getByRole('button', { name: 'Начать работу' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Прекратить' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Завершить' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Продлить или сократить срок' })).not.toBeInTheDocument();
    expect(screen.getByText('№ 112-о/д от 30.08.2026')).toBeInTheDocument();
    expect(await screen.findByText('Утверждена приказом')).toBeInTheDocument();
    expect(screen.getByText('Приказ № 112-о/д от 30.08.2026')).toBeInTheDocument();
    expect(screen.getAllByText(/Ефимова Марина Геннадьевна, /)).toHaveLength(2);
  });

  it('leaves completing to the feature that records what the pair achieved', () => {
    serve();
    const active: Mentorship = {
      ...approved,
      status: 'ACTIVE',
      startedOn: '2026-09-01',
      allowedActions: ['COMPLETE', 'RESCHEDULE', 'TERMINATE'],
    };
    const { unmount } = renderWithProviders(<MentorshipDetails schoolId="s1" m={active} />);
    expect(screen.queryByRole('button', { name: 'Завершить' })).not.toBeInTheDocument();
    unmount();
    renderWithProviders(
      <MentorshipDetails
        schoolId="s1"
        m={active}
        completeAction={(m) => <button type="button">Мастер завершения {m.id}</button>}
        sections={(m) => <p>Итоги пары {m.id}</p>}
      />,
    );
    expect(screen.getByRole('button', { name: 'Мастер завершения p1' })).toBeInTheDocument();
    expect(screen.getByText('Итоги пары p1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Прекратить' })).toBeInTheDocument();
  });

  it('terminates only with a ground from the regulation and after the user confirms', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<MentorshipDetails schoolId="s1" m={approved} />);
    await user.click(screen.getByRole('button', { name: 'Прекратить' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Прекратить' }));
    expect(await within(dialog).findByText('Выберите основание')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('combobox', { name: 'Основание' }));
    await user.click(await screen.findByText('По инициативе наставляемого'));
    await user.type(within(dialog).getByRole('textbox', { name: 'Комментарий' }), 'Переезд');
    await user.click(within(dialog).getByRole('button', { name: 'Прекратить' }));
    expect(sent).toHaveLength(0);
    const question = await screen.findByText(/Прекратить пару досрочно\?/);
    await user.click(
      within(question.closest('section') ?? document.body).getByRole('button', { name: 'Прекратить' }),
    );
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.url.pathname).toBe('/api/schools/s1/mentorships/p1/terminate');
    expect(sent[0]?.body).toMatchObject({ version: 3, reason: 'MENTEE_INITIATIVE', comment: 'Переезд' });
  });

  it('changes the term only with the agreement of each side, a minor’s given by a parent', async () => {
    serve();
    const user = userEvent.setup();
    const active: Mentorship = {
      ...approved,
      status: 'ACTIVE',
      startedOn: '2026-09-01',
      allowedActions: ['COMPLETE', 'RESCHEDULE', 'TERMINATE'],
    };
    renderWithProviders(<MentorshipDetails schoolId="s1" m={active} />);
    await user.click(screen.getByRole('button', { name: 'Продлить или сократить срок' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Наставник: Кузнецова Ольга Ивановна')).toBeInTheDocument();
    const mentee = within(dialog).getByText('Наставляемый: Орлов Никита').closest('div') as HTMLElement;
    expect(within(mentee).getByRole('combobox', { name: 'Кто дал согласие' })).toHaveValue('Родитель');
    fireEvent.change(within(dialog).getByLabelText(/Новая дата окончания/), {
      target: { value: '2027-05-31' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Продлить или сократить срок' }));
    expect(await within(dialog).findByText('Укажите ФИО давшего согласие')).toBeInTheDocument();
    expect(within(dialog).getByText('Укажите причину изменения срока')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.type(within(mentee).getByRole('textbox', { name: 'ФИО давшего согласие' }), 'Орлова Светлана');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Причина изменения срока' }),
      'Олимпиада в мае',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Продлить или сократить срок' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.url.pathname).toBe('/api/schools/s1/mentorships/p1/reschedule');
    expect(sent[0]?.body).toMatchObject({
      version: 3,
      plannedEnd: '2027-05-31',
      reason: 'Олимпиада в мае',
      agreements: [
        { participantId: 'm1', givenBy: 'SELF', giverName: 'Кузнецова Ольга Ивановна' },
        { participantId: 'a1', givenBy: 'PARENT', giverName: 'Орлова Светлана' },
      ],
    });
  });
});
