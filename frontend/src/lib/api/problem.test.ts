import { describe, expect, it } from 'vitest';

import { ApiError, describeError, toApiError } from './problem';

describe('problem+json handling', () => {
  it('collects the first message of every field for a form', () => {
    const error = toApiError(400, {
      type: 'urn:nastavnik:problem:validation',
      title: 'Проверьте заполнение полей',
      status: 400,
      errors: [
        { field: 'inn', message: 'Неверный ИНН' },
        { field: 'inn', message: 'Второе сообщение' },
        { field: 'fullName', message: 'Укажите полное наименование' },
      ],
    });
    expect(error.fieldErrors()).toEqual({ inn: 'Неверный ИНН', fullName: 'Укажите полное наименование' });
  });

  it('tells the user to reload when someone else changed the record', () => {
    const error = toApiError(409, {
      type: 'urn:nastavnik:problem:conflict',
      title: 'Данные изменились',
      status: 409,
    });
    expect(describeError(error)).toBe('Данные изменились, обновите страницу');
  });

  it('gives a Russian message for answers that carry no problem body', () => {
    const error = toApiError(502, 'Bad gateway');
    expect(error).toBeInstanceOf(ApiError);
    expect(describeError(error)).toBe('Сервер временно недоступен');
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/Нет связи с сервером/);
  });

  it('joins the title and the detail of a refusal', () => {
    const error = toApiError(409, {
      type: 'urn:nastavnik:problem:school-has-data',
      title: 'У организации есть данные',
      status: 409,
      detail: 'Переведите её в архив.',
    });
    expect(describeError(error)).toBe('У организации есть данные. Переведите её в архив.');
  });
});
