import { describe, expect, it } from 'vitest';

import { formatDate } from './dates';

describe('formatDate', () => {
  it('writes dates the Russian way, without shifting them by time zone', () => {
    expect(formatDate('2025-09-01')).toBe('01.09.2025');
    expect(formatDate('2013-12-31')).toBe('31.12.2013');
    expect(formatDate(undefined)).toBeUndefined();
  });
});
