import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Completion } from '../api';
import { CompletionWizard } from './CompletionWizard';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const draft: Completion = {
  mentorshipId: 'p1',
  recorded: false,
  finalMeetingHeld: false,
  hasProgramme: true,
  goals: [
    { goalId: 'g1', title: 'Решать задачи ОГЭ', tasks: 'Разобрать типовые задачи', note: '' },
    { goalId: 'g2', title: 'Подготовить проект', tasks: '', note: '' },
  ],
  version: 4,
};

const sent: { path: string; body: unknown }[] = [];

function serve(answer: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      sent.push({ path: new URL(input.url).pathname, body: await input.json() });
      return answer();
    }),
  );
}

const ok = () =>
  new Response(JSON.stringify({ id: 'p1', status: 'COMPLETED' }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
});

async function confirm(user: ReturnType<typeof userEvent.setup>) {
  const question = await screen.findByText(/Итоги будут записаны/);
  await user.click(
    within(question.closest('section') ?? document.body).getByRole('button', {
      name: 'Завершить работу пары',
    }),
  );
}

describe('the completion wizard', () => {
  it('goes on only when every goal has a result and the outcome is explained, then completes the pair', async () => {
    serve(ok);
    const user = userEvent.setup();
    const done = vi.fn();
    renderWithProviders(<CompletionWizard schoolId="s1" draft={draft} onDone={done} />);

    await user.click(screen.getByRole('button', { name: 'Далее' }));
    expect(await screen.findByText('Укажите, достигнута ли цель «Решать задачи ОГЭ»')).toBeInTheDocument();
    expect(screen.getByText('Укажите, достигнута ли цель «Подготовить проект»')).toBeInTheDocument();

    const first = screen.getByRole('radiogroup', { name: 'Решать задачи ОГЭ' });
    await user.click(within(first).getByRole('radio', { name: 'Достигнута' }));
    const second = screen.getByRole('radiogroup', { name: 'Подготовить проект' });
    await user.click(within(second).getByRole('radio', { name: 'Достигнута частично' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Что сделано, чего не хватило: Подготовить проект' }),
      'Нет защиты',
    );
    await user.click(screen.getByRole('button', { name: 'Далее' }));

    expect(
      await screen.findByText('В дневнике наставника проведённой итоговой встречи нет'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Далее' }));
    expect(await screen.findByText('Выберите итог работы пары')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Частично эффективна' }));
    await user.click(screen.getByRole('button', { name: 'Далее' }));
    expect(await screen.findByText('Объясните, почему работа пары эффективна не вполне')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Обоснование' }), 'Проект не защищён');
    await user.click(screen.getByRole('checkbox', { name: 'Итоговая встреча состоялась' }));
    await user.click(screen.getByRole('button', { name: 'Далее' }));

    const goals = await screen.findByRole('list', { name: 'Цели программы' });
    expect(within(goals).getByText(/Достигнута частично \(Нет защиты\)/)).toBeInTheDocument();
    expect(screen.getByText('Проект не защищён')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Завершить работу пары' }));
    await confirm(user);
    await waitFor(() => expect(done).toHaveBeenCalled());
    expect(sent).toHaveLength(1);
    expect(sent[0]?.path).toBe('/api/schools/s1/mentorships/p1/complete');
    expect(sent[0]?.body).toMatchObject({
      version: 4,
      outcome: 'PARTLY_EFFECTIVE',
      outcomeReason: 'Проект не защищён',
      finalMeetingHeld: true,
      goals: [
        { goalId: 'g1', result: 'ACHIEVED' },
        { goalId: 'g2', result: 'PARTLY_ACHIEVED', note: 'Нет защиты' },
      ],
    });
  });

  it('takes the user back to the step whose field the server refused', async () => {
    serve(
      () =>
        new Response(
          JSON.stringify({
            type: 'urn:nastavnik:problem:validation',
            title: 'Проверьте заполнение полей',
            status: 400,
            errors: [{ field: 'goals[1]', message: 'Нет итога по цели «Подготовить проект»' }],
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    );
    const user = userEvent.setup();
    renderWithProviders(<CompletionWizard schoolId="s1" draft={draft} onDone={() => undefined} />);
    for (const [group, result] of [
      ['Решать задачи ОГЭ', 'Достигнута'],
      ['Подготовить проект', 'Не достигнута'],
    ] as const) {
      await user.click(
        within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: result }),
      );
    }
    await user.click(screen.getByRole('button', { name: 'Далее' }));
    await user.click(await screen.findByRole('radio', { name: 'Эффективна' }));
    await user.click(screen.getByRole('button', { name: 'Далее' }));
    await user.click(await screen.findByRole('button', { name: 'Завершить работу пары' }));
    await confirm(user);
    expect(await screen.findByText('Нет итога по цели «Подготовить проект»')).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Подготовить проект' })).toBeInTheDocument();
  });

  it('skips the goals step for a pair without a programme', async () => {
    serve(ok);
    const user = userEvent.setup();
    renderWithProviders(
      <CompletionWizard
        schoolId="s1"
        draft={{ ...draft, hasProgramme: false, goals: [] }}
        onDone={() => undefined}
      />,
    );
    expect(screen.getByText(/нет персонализированной программы с целями/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Эффективна' }));
    await user.click(screen.getByRole('button', { name: 'Далее' }));
    await user.click(await screen.findByRole('button', { name: 'Завершить работу пары' }));
    await confirm(user);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toMatchObject({ outcome: 'EFFECTIVE', goals: [] });
  });
});
