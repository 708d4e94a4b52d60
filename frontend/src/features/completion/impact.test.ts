import { describe, expect, it } from 'vitest';

import type { MenteeImpact, SchoolImpact } from './api';
import { barsOption, formatChange, formatScore, formatShare, menteeBars, schoolBars } from './impact';

const mentee: MenteeImpact = {
  participantId: 'a1',
  fullName: 'Орлов Никита',
  status: 'MEASURED',
  questions: [
    {
      questionId: 'confidence',
      text: 'Уверенность',
      min: 1,
      max: 10,
      entryScore: 3,
      finalScore: 5,
      change: 2,
    },
    { questionId: 'goals', text: 'Цели', min: 1, max: 10, finalScore: 9 },
    { questionId: 'subject', text: 'Успехи', min: 1, max: 10, entryScore: 4, finalScore: 4, change: 0 },
  ],
  overallChange: 1,
};

describe('the impact chart', () => {
  it('draws entry and final per question, leaving a gap where an answer is missing', () => {
    expect(menteeBars(mentee)).toEqual({
      questions: ['Уверенность', 'Цели', 'Успехи'],
      entry: [3, null, 4],
      final: [5, 9, 4],
      max: 10,
    });
    const option = barsOption(menteeBars(mentee), { entry: 'Вход', final: 'Итог' }) as {
      yAxis: { data: string[] };
      xAxis: { max: number };
      series: { name: string; type: string; data: (number | null)[] }[];
    };
    expect(option.yAxis.data).toEqual(['Уверенность', 'Цели', 'Успехи']);
    expect(option.xAxis.max).toBe(10);
    expect(option.series.map((s) => [s.name, s.type, s.data])).toEqual([
      ['Вход', 'bar', [3, null, 4]],
      ['Итог', 'bar', [5, 9, 4]],
    ]);
  });

  it('draws a school’s means as its table rounds them', () => {
    const school: SchoolImpact = {
      completedPairs: 3,
      measuredPairs: 3,
      measuredMentees: 3,
      improvedMentees: 2,
      improvedShare: 2 / 3,
      overallChange: 0.75,
      questions: [
        {
          questionId: 'confidence',
          text: 'Уверенность',
          mentees: 3,
          entryMean: 11 / 3,
          finalMean: 14 / 3,
          meanChange: 1,
        },
      ],
    };
    expect(schoolBars(school)).toEqual({ questions: ['Уверенность'], entry: [3.67], final: [4.67], max: 10 });
  });

  it('writes figures the Russian way, with the sign of a change', () => {
    expect(formatChange(1.5)).toBe('+1,5');
    expect(formatChange(-0.25)).toBe('−0,25');
    expect(formatChange(0)).toBe('0');
    expect(formatChange(undefined)).toBeUndefined();
    expect(formatScore(11 / 3)).toBe('3,67');
    expect(formatShare(2 / 3)).toBe('67 %');
  });
});
