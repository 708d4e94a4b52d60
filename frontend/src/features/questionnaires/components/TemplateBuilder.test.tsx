import { describe, expect, it } from 'vitest';

import { checkDraft, newQuestion, nextQuestionId, toInput, type TemplateDraft } from './TemplateBuilder';

const draft: TemplateDraft = {
  title: ' Анкета клуба ',
  description: '',
  audience: 'MENTOR',
  purpose: 'APPLICATION',
  form: 'PUPIL_PUPIL',
  questions: [
    {
      id: 'cap',
      type: 'SINGLE',
      text: 'Сколько учеников возьмёте? ',
      required: true,
      options: [
        { value: '1', label: 'Одного' },
        { value: '2', label: 'Двоих' },
      ],
      min: 1,
      max: 10,
      feeds: 'capacity',
    },
    { id: 'score', type: 'SCALE', text: 'Оценка', required: false, options: [], min: 0, max: 5, feeds: null },
  ],
};

describe('the questionnaire builder', () => {
  it('sends each question with only the fields its type uses', () => {
    const input = toInput(draft, 3);
    expect(input.title).toBe('Анкета клуба');
    expect(input.description).toBeUndefined();
    expect(input.version).toBe(3);
    expect(input.questions[0]).toEqual({
      id: 'cap',
      type: 'SINGLE',
      text: 'Сколько учеников возьмёте?',
      required: true,
      options: [
        { value: '1', label: 'Одного' },
        { value: '2', label: 'Двоих' },
      ],
      min: undefined,
      max: undefined,
      feeds: 'capacity',
    });
    expect(input.questions[1]).toMatchObject({ type: 'SCALE', min: 0, max: 5, options: undefined });
  });

  it('names what is missing with the field names the API uses', () => {
    const broken: TemplateDraft = {
      ...draft,
      title: '',
      questions: [{ ...draft.questions[0]!, text: '', options: [{ value: '1', label: 'Один' }] }],
    };
    expect(checkDraft(broken)).toEqual({
      title: 'Укажите название анкеты',
      'questions[0].text': 'Введите текст вопроса',
      'questions[0].options': 'Нужно хотя бы два варианта ответа',
    });
    expect(checkDraft({ ...draft, questions: [] })).toEqual({ questions: 'Добавьте хотя бы один вопрос' });
    expect(checkDraft(draft)).toEqual({});
  });

  it('gives a new question a free code and two empty options when it has choices', () => {
    expect(nextQuestionId([{ ...draft.questions[0]!, id: 'q2' }])).toBe('q3');
    const q = newQuestion(draft.questions, 'MULTIPLE');
    expect(q.id).toBe('q3');
    expect(q.options).toHaveLength(2);
    expect(newQuestion([], 'TEXT').options).toEqual([]);
  });
});
