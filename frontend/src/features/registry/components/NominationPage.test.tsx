import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Nomination } from '../api';
import { NominationScreen } from './NominationPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const draft: Nomination = {
  id: 'n1',
  schoolId: 's1',
  mentor: { participantId: 'p1', fullName: 'Волкова Татьяна Сергеевна', kind: 'TEACHER' },
  status: 'DRAFT',
  description: 'Ведёт молодых учителей',
  results: '',
  training: '',
  rewardsNote: '',
  facts: {
    completedPairs: 3,
    effectivePairs: 2,
    trainingStatus: 'CERTIFIED',
    rewards: [
      {
        kind: 'MENTOR_BADGE',
        title: 'Педагог-наставник',
        awardedOn: '2026-05-20',
        awardedBy: 'Министерство',
      },
    ],
  },
  allowedActions: ['EDIT', 'CONSENT', 'SUBMIT', 'WITHDRAW'],
  createdBy: 'Куратор',
  createdAt: '2026-05-01T10:00:00Z',
  updatedAt: '2026-05-01T10:00:00Z',
  version: 3,
};

const sent: { method: string; url: URL; body: unknown }[] = [];

function serve(answer: unknown = draft) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      if (input.method !== 'GET') {
        sent.push({ method: input.method, url, body: await input.json() });
      }
      return new Response(JSON.stringify(url.pathname.endsWith('/history') ? [] : answer), {
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

describe('a school’s nomination of its mentor', () => {
  it('shows what the system knows of the mentor and that the consent is still missing', async () => {
    serve();
    renderWithProviders(<NominationScreen schoolId="s1" nomination={draft} />);
    expect(screen.getByRole('heading', { name: 'Волкова Татьяна Сергеевна' })).toBeInTheDocument();
    const facts = screen.getByRole('table', { name: 'Сведения из системы' });
    expect(within(facts).getByText('3')).toBeInTheDocument();
    expect(within(facts).getByText('Сертифицирован')).toBeInTheDocument();
    expect(screen.getByText(/Педагог-наставник/)).toBeInTheDocument();
    expect(
      screen.getByText('Согласия на публикацию нет: без него выдвижение не отправить'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Выдвижение ещё не отправлялось.')).toBeInTheDocument();
  });

  it('records the mentor’s consent to publish without the name', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<NominationScreen schoolId="s1" nomination={draft} />);
    await user.click(screen.getByRole('button', { name: 'Записать согласие' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Без имени' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Реквизиты/ }), 'Согласие № 4');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.method).toBe('PUT');
    expect(sent[0]?.url.pathname).toBe('/api/schools/s1/mentor-nominations/n1/consent');
    expect(sent[0]?.body).toMatchObject({
      publication: 'ANONYMOUS',
      givenBy: 'SELF',
      giverName: 'Волкова Татьяна Сергеевна',
      documentRef: 'Согласие № 4',
    });
  });

  it('submits only after the curator confirms, with the version it shows', async () => {
    serve({ ...draft, status: 'SUBMITTED', allowedActions: ['WITHDRAW'] });
    const user = userEvent.setup();
    renderWithProviders(<NominationScreen schoolId="s1" nomination={draft} />);
    await user.click(screen.getByRole('button', { name: 'Отправить в муниципалитет' }));
    const question = await screen.findByText(
      /Отправить выдвижение «Волкова Татьяна Сергеевна» в муниципалитет\?/,
    );
    expect(sent).toHaveLength(0);
    await user.click(
      within(question.closest('section') ?? document.body).getByRole('button', {
        name: 'Отправить в муниципалитет',
      }),
    );
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.url.pathname).toBe('/api/schools/s1/mentor-nominations/n1/submit');
    expect(sent[0]?.body).toEqual({ version: 3 });
  });

  it('offers a submitted nomination nothing but its withdrawal', () => {
    serve();
    renderWithProviders(
      <NominationScreen
        schoolId="s1"
        nomination={{ ...draft, status: 'SUBMITTED', allowedActions: ['WITHDRAW'] }}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Изменить описание' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Отправить в муниципалитет' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Отозвать выдвижение' })).toBeInTheDocument();
  });
});
