import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import { FillPage } from './FillPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => undefined }));

const form = {
  title: 'Анкета наставляемого',
  description: 'Запрос на наставника',
  participantName: 'Соколов Матвей',
  expiresAt: '2026-12-08T10:00:00Z',
  questions: [
    { id: 'requests', type: 'COMPETENCIES', text: 'С чем вам нужна помощь?', required: true },
    {
      id: 'mentorKind',
      type: 'SINGLE',
      text: 'Какой наставник вам подошёл бы?',
      required: true,
      options: [
        { value: 'peer', label: 'Сверстник' },
        { value: 'teacher', label: 'Педагог' },
      ],
    },
    { id: 'mood', type: 'SCALE', text: 'Насколько вам нравится учиться?', required: false, min: 1, max: 5 },
  ],
  competencies: [{ code: 'career', name: 'Профориентация и выбор профессии', area: 'Развитие' }],
  candidates: [],
};

function json(body: unknown, status = 200, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

const posted: unknown[] = [];

function serve(answer: (req: Request) => Promise<Response> | Response) {
  vi.stubGlobal('fetch', vi.fn(answer));
}

afterEach(() => {
  vi.unstubAllGlobals();
  posted.length = 0;
});

describe('the fill page of a personal link', () => {
  it('refuses a used link with the reason the server gives', async () => {
    serve(() =>
      json(
        {
          type: 'urn:nastavnik:problem:fill-link-used',
          title: 'Анкета уже заполнена',
          status: 410,
          detail: 'По этой ссылке анкету уже отправили.',
        },
        410,
        'application/problem+json',
      ),
    );
    renderWithProviders(<FillPage token="t" />);
    expect(await screen.findByRole('heading', { name: 'Анкета уже заполнена' })).toBeInTheDocument();
    expect(screen.getByText('По этой ссылке анкету уже отправили.')).toBeInTheDocument();
  });

  it('asks for the required answers before sending, then sends only what was answered', async () => {
    serve(async (req) => {
      if (req.method === 'POST') {
        posted.push(await req.json());
        return json({ title: form.title, submittedAt: '2026-11-24T10:00:00Z' }, 201);
      }
      return json(form);
    });
    renderWithProviders(<FillPage token="t" />);
    expect(await screen.findByText('Анкета для: Соколов Матвей')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Отправить анкету' }));
    expect(await screen.findAllByText('Ответьте на обязательный вопрос')).toHaveLength(2);
    expect(posted).toHaveLength(0);

    await user.click(screen.getByRole('combobox', { name: /С чем вам нужна помощь/ }));
    await user.click(await screen.findByRole('option', { name: 'Профориентация и выбор профессии' }));
    await user.click(screen.getByRole('radio', { name: 'Педагог' }));
    await user.click(screen.getByRole('button', { name: 'Отправить анкету' }));

    expect(await screen.findByRole('heading', { name: 'Спасибо!' })).toBeInTheDocument();
    expect(posted).toEqual([{ answers: { requests: ['career'], mentorKind: 'teacher' } }]);
  });

  it('shows the server’s verdict next to the question it concerns', async () => {
    serve(async (req) =>
      req.method === 'POST'
        ? json(
            {
              type: 'urn:nastavnik:problem:validation',
              title: 'Проверьте заполнение полей',
              status: 400,
              errors: [{ field: 'answers.mentorKind', message: 'Выберите один из вариантов' }],
            },
            400,
            'application/problem+json',
          )
        : json({ ...form, questions: form.questions.slice(1) }),
    );
    renderWithProviders(<FillPage token="t" />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Сверстник' }));
    await user.click(screen.getByRole('button', { name: 'Отправить анкету' }));
    await waitFor(() => expect(screen.getByText('Выберите один из вариантов')).toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: 'Спасибо!' })).not.toBeInTheDocument();
  });
});
