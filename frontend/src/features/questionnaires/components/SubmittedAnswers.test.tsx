import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import { SubmittedAnswers } from './SubmittedAnswers';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const template = {
  id: 't1',
  title: 'Предпочтения',
  questions: [
    {
      id: 'kind',
      type: 'SINGLE',
      text: 'Какой наставник?',
      options: [
        { value: 'peer', label: 'Сверстник' },
        { value: 'teacher', label: 'Педагог' },
      ],
    },
    { id: 'mood', type: 'SCALE', text: 'Настроение', min: 1, max: 10 },
    { id: 'need', type: 'COMPETENCIES', text: 'С чем помочь?' },
    { id: 'who', type: 'RANKING', text: 'С кем работать?' },
    { id: 'note', type: 'TEXT', text: 'Комментарий' },
  ],
};

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

afterEach(() => vi.unstubAllGlobals());

describe('a submitted response', () => {
  it('reads as words: option labels, the scale out of its maximum, competency and people names', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => {
        const path = new URL(req.url).pathname;
        if (path === '/api/competencies')
          return json([{ code: 'career', name: 'Профориентация', area: 'Развитие' }]);
        if (path.endsWith('/participants'))
          return json({ items: [{ id: 'p2', fullName: 'Петров Илья' }], total: 1, page: 0, size: 100 });
        return json(template);
      }),
    );
    renderWithProviders(
      <SubmittedAnswers
        schoolId="s1"
        response={{
          id: 'r1',
          templateId: 't1',
          templateTitle: 'Предпочтения',
          templateVersionNo: 1,
          participantId: 'p1',
          participantName: 'Иванова Анна',
          channel: 'LINK',
          enteredBy: 'по личной ссылке',
          submittedAt: '2026-11-24T10:00:00Z',
          superseded: false,
          answers: { kind: 'teacher', mood: 7, need: ['career'], who: ['p2'] },
        }}
      />,
    );
    expect(await screen.findByText('Педагог')).toBeInTheDocument();
    expect(screen.getByText('7 из 10')).toBeInTheDocument();
    expect(await screen.findByText('Профориентация')).toBeInTheDocument();
    expect(await screen.findByText('Петров Илья')).toBeInTheDocument();
    expect(screen.getByText('Нет ответа')).toBeInTheDocument();
  });
});
