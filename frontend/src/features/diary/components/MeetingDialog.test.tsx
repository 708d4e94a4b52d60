import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import { MeetingDialog } from './MeetingDialog';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => undefined }));

const mentees = [
  { id: 'p1', fullName: 'Соколов Матвей' },
  { id: 'p2', fullName: 'Яковлева Дарья', removedOn: dayjs().subtract(3, 'day').format('YYYY-MM-DD') },
];

function json(body: unknown, status = 200, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

const posted: unknown[] = [];

function serve(answer?: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      if (req.method === 'GET') {
        return json([]);
      }
      posted.push(await req.json());
      return answer ? answer() : json({ id: 'm1' }, 201);
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  posted.length = 0;
});

function renderDialog(onClose = () => {}) {
  renderWithProviders(
    <MeetingDialog
      schoolId="s1"
      mentorshipId="m1"
      mentees={mentees}
      startedOn={dayjs().subtract(30, 'day').format('YYYY-MM-DD')}
      opened
      onClose={onClose}
    />,
  );
}

describe('the curator’s meeting dialog', () => {
  it('refuses a held meeting in the future, before the start, or of a wrong length, and sends nothing', async () => {
    serve();
    renderDialog();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Тема/ }), 'Олимпиада');
    const date = screen.getByLabelText(/^Дата/);
    fireEvent.change(date, { target: { value: dayjs().add(1, 'day').format('YYYY-MM-DD') } });
    await user.type(screen.getByRole('textbox', { name: /Продолжительность/ }), '700');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(
      await screen.findByText('Встреча в будущем не может быть отмечена как проведённая'),
    ).toBeInTheDocument();
    expect(screen.getByText('Продолжительность — от 5 до 600 минут')).toBeInTheDocument();

    fireEvent.change(date, { target: { value: dayjs().subtract(31, 'day').format('YYYY-MM-DD') } });
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(
      await screen.findByText(/Пара начала работу .*: проведённая встреча не может быть раньше/),
    ).toBeInTheDocument();
    expect(posted).toHaveLength(0);
  });

  it('marks each mentee who was in the group on the day and no one who had left', async () => {
    const onClose = vi.fn();
    serve();
    renderDialog(onClose);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Тема/ }), 'Олимпиада');
    await user.type(screen.getByRole('textbox', { name: /Продолжительность/ }), '40');
    expect(screen.queryByRole('checkbox', { name: 'Яковлева Дарья' })).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/^Дата/), {
      target: { value: dayjs().subtract(5, 'day').format('YYYY-MM-DD') },
    });
    await user.click(await screen.findByRole('checkbox', { name: 'Яковлева Дарья' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(posted).toEqual([
      expect.objectContaining({
        held: true,
        durationMinutes: 40,
        attendance: [
          { participantId: 'p1', present: true },
          { participantId: 'p2', present: true },
        ],
      }),
    ]);
  });

  it('shows the server’s refusal of the attendance next to the attendance', async () => {
    serve(() =>
      json(
        {
          type: 'urn:nastavnik:problem:validation',
          title: 'Проверьте заполнение полей',
          status: 400,
          errors: [
            {
              field: 'attendance[0].participantId',
              message: 'Участник не состоит в этой паре (группе) на дату встречи',
            },
          ],
        },
        400,
        'application/problem+json',
      ),
    );
    renderDialog();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Тема/ }), 'Олимпиада');
    await user.type(screen.getByRole('textbox', { name: /Продолжительность/ }), '40');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(
      await screen.findByText('Участник не состоит в этой паре (группе) на дату встречи'),
    ).toBeInTheDocument();
    expect(posted).toHaveLength(1);
  });
});
