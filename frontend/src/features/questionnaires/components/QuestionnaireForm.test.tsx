import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { Question } from '../api';
import { answerErrors, checkAnswers, QuestionnaireForm, toAnswers, type Answers } from './QuestionnaireForm';

const questions: Question[] = [
  { id: 'name', type: 'TEXT', text: 'Имя', required: true },
  { id: 'score', type: 'SCALE', text: 'Оценка', required: true, min: 1, max: 5 },
  { id: 'who', type: 'RANKING', text: 'С кем хотите работать?', required: false },
];

function Harness({ onValue }: { onValue: (v: Answers) => void }) {
  const [value, setValue] = useState<Answers>({});
  return (
    <QuestionnaireForm
      questions={questions}
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
      competencies={[]}
      candidates={[
        { id: 'a', fullName: 'Анна' },
        { id: 'b', fullName: 'Борис' },
      ]}
    />
  );
}

describe('answers of a questionnaire', () => {
  it('are checked for required questions and overlong text', () => {
    expect(checkAnswers(questions, { name: '  ', score: 3 })).toEqual({
      name: 'Ответьте на обязательный вопрос',
    });
    expect(checkAnswers(questions, { name: 'x'.repeat(5001), score: 3 }).name).toMatch(/не длиннее 5000/);
    expect(checkAnswers(questions, { name: 'Аня', score: 3 })).toEqual({});
  });

  it('leave out unanswered questions and trim text', () => {
    expect(toAnswers(questions, { name: ' Аня ', score: 4, who: [] })).toEqual({ name: 'Аня', score: 4 });
  });

  it('take the server’s field errors by question code', () => {
    expect(answerErrors({ 'answers.score': 'Оценка — целое число от 1 до 5', templateId: 'x' })).toEqual({
      score: 'Оценка — целое число от 1 до 5',
    });
  });

  it('rank people in the order chosen and move them with the arrows', async () => {
    let last: Answers = {};
    renderWithProviders(<Harness onValue={(v) => (last = v)} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: '4' }));
    expect(last.score).toBe(4);
    const add = screen.getByRole('combobox', { name: 'Добавить человека' });
    await user.click(add);
    await user.click(await screen.findByRole('option', { name: 'Борис' }));
    await user.click(add);
    await user.click(await screen.findByRole('option', { name: 'Анна' }));
    expect(last.who).toEqual(['b', 'a']);
    await user.click(screen.getAllByRole('button', { name: 'Выше' })[1]!);
    expect(last.who).toEqual(['a', 'b']);
    await user.click(screen.getAllByRole('button', { name: 'Убрать' })[0]!);
    expect(last.who).toEqual(['b']);
  });
});
