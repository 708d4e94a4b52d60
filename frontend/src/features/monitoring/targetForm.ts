import type { IndicatorUnit, Target, TargetInput } from './api';

export interface TargetValues {
  indicator: string | null;
  startYear: string;
  municipalityId: string | null;
  value: number | string;
  documentNumber: string;
  documentDate: string;
  documentTitle: string;
}

export function initialTargetValues(startYear: number, existing?: Target | null): TargetValues {
  return {
    indicator: existing?.indicator ?? null,
    startYear: String(existing?.startYear ?? startYear),
    municipalityId: existing?.municipalityId ?? null,
    value: existing?.value ?? '',
    documentNumber: existing?.documentNumber ?? '',
    documentDate: existing?.documentDate ?? '',
    documentTitle: existing?.documentTitle ?? '',
  };
}

/** The message key of what is wrong with a target value of the unit, as the server checks it; null when it is right. */
export function valueError(value: number | string, unit: IndicatorUnit | undefined): string | null {
  if (value === '' || value == null) {
    return 'value';
  }
  const n = Number(value);
  if (unit === 'PERCENT' && (n < 0 || n > 100)) {
    return 'percent';
  }
  if (unit === 'SCORE' && (n < 1 || n > 10)) {
    return 'score';
  }
  if (unit === 'COUNT' && (n < 0 || !Number.isInteger(n))) {
    return 'count';
  }
  return null;
}

/** The request body; a replaced target carries the version it replaces. */
export function targetBody(v: TargetValues, replaces?: Target): TargetInput {
  return {
    indicator: v.indicator as TargetInput['indicator'],
    startYear: Number(v.startYear),
    municipalityId: v.municipalityId ?? undefined,
    value: Number(v.value),
    documentNumber: v.documentNumber.trim(),
    documentDate: v.documentDate,
    documentTitle: v.documentTitle.trim() || undefined,
    version: replaces?.version,
  };
}

/** The target the new one would overwrite: one per indicator, academic year and municipality (or the whole region). */
export function overwritten(targets: Target[], v: TargetValues): Target | undefined {
  return targets.find(
    (t) =>
      t.indicator === v.indicator &&
      t.startYear === Number(v.startYear) &&
      (t.municipalityId ?? null) === (v.municipalityId ?? null),
  );
}
