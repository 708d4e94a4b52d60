import type { EChartsCoreOption } from 'echarts/core';

import type { MenteeImpact, SchoolImpact } from './api';

/** Bars of the entry and final answers, question by question; a missing answer is a gap, not a zero. */
export interface Bars {
  questions: string[];
  entry: (number | null)[];
  final: (number | null)[];
  /** The top of the scale. */
  max: number;
}

export function menteeBars(m: MenteeImpact): Bars {
  return {
    questions: m.questions.map((q) => q.text),
    entry: m.questions.map((q) => q.entryScore ?? null),
    final: m.questions.map((q) => q.finalScore ?? null),
    max: Math.max(10, ...m.questions.map((q) => q.max)),
  };
}

/** The school's means, rounded as the table shows them. */
export function schoolBars(s: SchoolImpact): Bars {
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    questions: s.questions.map((q) => q.text),
    entry: s.questions.map((q) => round(q.entryMean)),
    final: s.questions.map((q) => round(q.finalMean)),
    max: 10,
  };
}

export function barsOption(bars: Bars, names: { entry: string; final: string }): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 16, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: bars.max },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.questions,
      axisLabel: { width: 220, overflow: 'break' },
    },
    series: [
      { name: names.entry, type: 'bar', data: bars.entry },
      { name: names.final, type: 'bar', data: bars.final },
    ],
  };
}

const decimals = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });

/** 4,33 */
export function formatScore(value: number | null | undefined): string | undefined {
  return value == null ? undefined : decimals.format(value);
}

/** +1,5; −0,25; 0 */
export function formatChange(value: number | null | undefined): string | undefined {
  if (value == null) {
    return undefined;
  }
  const text = decimals.format(Math.abs(value));
  if (text === '0') {
    return text;
  }
  return (value > 0 ? '+' : '−') + text;
}

/** 67 % */
export function formatShare(value: number | null | undefined): string | undefined {
  return value == null ? undefined : `${Math.round(value * 100)} %`;
}
