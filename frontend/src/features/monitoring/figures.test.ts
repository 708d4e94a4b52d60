import { describe, expect, it } from 'vitest';

import { barScale, formatValue } from './figures';

describe('a figure as the reports write it', () => {
  it('writes a change of the mean score with its sign and «балл» in the right form', () => {
    expect(formatValue(1.2, 'CHANGE')).toBe('+1,2 балла');
    expect(formatValue(-0.5, 'CHANGE')).toBe('-0,5 балла');
    expect(formatValue(1, 'CHANGE')).toBe('+1 балл');
    expect(formatValue(3, 'CHANGE')).toBe('+3 балла');
    expect(formatValue(5, 'CHANGE')).toBe('+5 баллов');
    expect(formatValue(0, 'CHANGE')).toBe('0 баллов');
    expect(formatValue(1.004, 'CHANGE')).toBe('+1 балл');
  });

  it('writes shares with a per cent sign and scores and counts as numbers', () => {
    expect(formatValue(30.5, 'PERCENT')).toBe('30,5 %');
    expect(formatValue(7.25, 'SCORE')).toBe('7,25');
    expect(formatValue(17, 'COUNT')).toBe('17');
  });

  it('puts a fall at the start of the bar and a rise against the larger of it and the target', () => {
    expect(barScale('CHANGE', -1, 2)).toEqual({ value: 0, target: 80 });
    expect(barScale('CHANGE', 2.5, 1).value).toBe(80);
  });
});
