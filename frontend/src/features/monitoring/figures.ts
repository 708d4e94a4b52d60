import { currentStartYear } from '../../lib/dates';
import type { Figure, IndicatorUnit, PeriodParams, TargetRef, UnitFigure } from './api';

const NUMBER = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const SIGNED = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const PLURAL = new Intl.PluralRules('ru-RU');
/** «балл» by Russian plural rules; a fraction («1,2») takes the genitive singular, as «other» says. */
const POINTS: Record<Intl.LDMLPluralRule, string> = {
  zero: 'баллов',
  one: 'балл',
  two: 'балла',
  few: 'балла',
  many: 'баллов',
  other: 'балла',
};

/** A figure's value as the reports write it: «30,5 %», «7,25», «17», a change «+1,2 балла». */
export function formatValue(value: number, unit: IndicatorUnit): string {
  switch (unit) {
    case 'PERCENT':
      return `${NUMBER.format(value)} %`;
    case 'CHANGE': {
      const rounded = Math.round(value * 100) / 100;
      return `${SIGNED.format(rounded)} ${POINTS[PLURAL.select(Math.abs(rounded))]}`;
    }
    default:
      return NUMBER.format(value);
  }
}

export function formatNumber(value: number | null | undefined): string {
  return value == null ? '—' : NUMBER.format(value);
}

/** Whether the figure reaches its target; unknown (null) when either is missing, which is not the same as "no". */
export function targetMet(figure: Figure, target: TargetRef | null | undefined): boolean | null {
  if (figure.value == null || !target) {
    return null;
  }
  return figure.value >= target.value;
}

/**
 * Where a value and its target stand on a bar, in per cent of its length: shares on 0–100 %, scores on 0–10, counts
 * and changes on a scale a quarter longer than the larger of the two, so that neither touches the end; a fall
 * stands at the bar's start.
 */
export function barScale(
  unit: IndicatorUnit,
  value: number | null | undefined,
  target: number | null | undefined,
) {
  const max =
    unit === 'PERCENT'
      ? 100
      : unit === 'SCORE'
        ? 10
        : Math.max(Math.abs(value ?? 0), Math.abs(target ?? 0), 1) * 1.25;
  const at = (v: number | null | undefined) =>
    v == null ? null : Math.min(100, Math.max(0, (v / max) * 100));
  return { value: at(value), target: at(target) };
}

/** The period picker's choice: an academic year by its first calendar year, all of it or one of its halves. */
export interface PeriodChoice {
  startYear: number;
  half: 0 | 1 | 2;
  asOf?: string;
}

/** The address's `period` (2026, 2026-1, 2026-2) and `asOf`, as the figures endpoints take them. */
export function periodParams(search: URLSearchParams): PeriodParams {
  const period = search.get('period') ?? '';
  const asOf = search.get('asOf') || undefined;
  if (/^\d{4}-[12]$/.test(period)) {
    return { half: period, asOf };
  }
  if (/^\d{4}$/.test(period)) {
    return { year: Number(period), asOf };
  }
  return { asOf };
}

export function periodKey({ startYear, half }: PeriodChoice): string {
  return half === 0 ? String(startYear) : `${startYear}-${half}`;
}

/** The endpoints' parameters for a choice of the picker. */
export function paramsOf(choice: PeriodChoice): PeriodParams {
  return choice.half === 0
    ? { year: choice.startYear, asOf: choice.asOf }
    : { half: periodKey(choice), asOf: choice.asOf };
}

/**
 * What the picker shows for the parameters asked: the year and half they name, or else those of the period the
 * server answered for (without either it takes the academic year of the date).
 */
export function choiceOf(
  params: PeriodParams,
  answered?: { startYear: number; half?: number },
): PeriodChoice {
  const [year, half] = (params.half ?? (params.year == null ? '' : String(params.year))).split('-');
  if (year) {
    return {
      startYear: Number(year),
      half: (half ? Number(half) : 0) as PeriodChoice['half'],
      asOf: params.asOf,
    };
  }
  return {
    startYear: answered?.startYear ?? currentStartYear(),
    half: (answered?.half ?? 0) as PeriodChoice['half'],
    asOf: params.asOf,
  };
}

export type RankField = 'name' | 'value' | 'numerator' | 'denominator' | 'met';

function rankKey(unit: UnitFigure, field: RankField): string | number | null {
  switch (field) {
    case 'name':
      return unit.name;
    case 'value':
      return unit.figure.value ?? null;
    case 'numerator':
      return unit.figure.numerator;
    case 'denominator':
      return unit.figure.denominator ?? null;
    case 'met': {
      const met = targetMet(unit.figure, unit.target);
      return met == null ? null : met ? 1 : 0;
    }
  }
}

/**
 * The units below ranked by a column (`value,desc`); those without a value stay at the bottom either way, since
 * "no data" is neither the best nor the worst.
 */
export function rank(units: UnitFigure[], sort: string): UnitFigure[] {
  const [field = 'value', direction = 'desc'] = sort.split(',') as [RankField, string];
  const sign = direction === 'asc' ? 1 : -1;
  return [...units].sort((a, b) => {
    const x = rankKey(a, field);
    const y = rankKey(b, field);
    if (x == null || y == null) {
      return x == null && y == null ? a.name.localeCompare(b.name, 'ru') : x == null ? 1 : -1;
    }
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'ru') : x - Number(y);
    return order === 0 ? a.name.localeCompare(b.name, 'ru') : sign * order;
  });
}
