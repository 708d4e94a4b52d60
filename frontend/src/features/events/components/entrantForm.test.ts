import { describe, expect, it } from 'vitest';

import { entrantValues, toEntrantInput } from './entrantForm';

describe("an entrant's consent to publish", () => {
  it("is the mentor's own unless a parent gave it for a minor", () => {
    const values = {
      ...entrantValues('MENTOR'),
      targetId: 'p1',
      publication: 'NAME',
      giverName: ' Петрова Анна Ивановна ',
      givenOn: '2026-11-21',
      documentRef: 'Согласие № 4',
    };
    expect(toEntrantInput(values).consent?.givenBy).toBe('SELF');
    expect(toEntrantInput({ ...values, givenBy: 'PARENT' }).consent).toEqual({
      publication: 'NAME',
      givenBy: 'PARENT',
      giverName: 'Петрова Анна Ивановна',
      givenOn: '2026-11-21',
      documentRef: 'Согласие № 4',
    });
  });

  it('is not sent when the name stays unpublished', () => {
    expect(
      toEntrantInput({ ...entrantValues('MENTOR'), targetId: 'p1', publication: 'ANONYMOUS' }).consent,
    ).toBeUndefined();
  });
});
