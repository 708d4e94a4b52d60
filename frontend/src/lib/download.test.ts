import { describe, expect, it } from 'vitest';

import { fileNameFrom } from './download';

function answer(disposition?: string) {
  return new Response('x', { headers: disposition ? { 'Content-Disposition': disposition } : {} });
}

describe('fileNameFrom', () => {
  it('prefers the UTF-8 name, so Cyrillic names survive', () => {
    expect(
      fileNameFrom(
        answer(
          `attachment; filename="_____2025-09-01.xlsx"; filename*=UTF-8''%D0%A3%D1%87%D0%B0%D1%81%D1%82%D0%BD%D0%B8%D0%BA%D0%B8.xlsx`,
        ),
        'f.xlsx',
      ),
    ).toBe('Участники.xlsx');
  });

  it('falls back to the plain name and then to the given one', () => {
    expect(fileNameFrom(answer('attachment; filename="report.csv"'), 'f.csv')).toBe('report.csv');
    expect(fileNameFrom(answer(), 'f.csv')).toBe('f.csv');
  });
});
