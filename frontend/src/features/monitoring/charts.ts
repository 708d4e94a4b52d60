import type { EChartsCoreOption } from 'echarts/core';

import type { FunnelStage, IndicatorUnit, TrendPoint, UnitFigure } from './api';

/** The target as a dashed line across the chart, labelled; none without a target. */
function targetLine(target: number | undefined, label: string, axis: 'xAxis' | 'yAxis') {
  return target == null
    ? undefined
    : {
        symbol: 'none',
        silent: true,
        lineStyle: { type: 'dashed', color: '#c92a2a', width: 2 },
        label: { formatter: `${label}: ${target}` },
        data: [{ [axis]: target }],
      };
}

function axisMax(unit: IndicatorUnit): number | undefined {
  return unit === 'PERCENT' ? 100 : unit === 'SCORE' ? 10 : undefined;
}

/** The units below as horizontal bars, best on top, the target across them; units without a value are left out. */
export function rankingOption(
  units: UnitFigure[],
  unit: IndicatorUnit,
  target: number | undefined,
  targetLabel: string,
): EChartsCoreOption {
  const shown = units.filter((u) => u.figure.value != null).reverse();
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 24, bottom: 24, containLabel: true },
    xAxis: { type: 'value', max: axisMax(unit) },
    yAxis: {
      type: 'category',
      data: shown.map((u) => u.name),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: shown.map((u) => u.figure.value),
        markLine: targetLine(target, targetLabel, 'xAxis'),
      },
    ],
  };
}

/** The half-years as a line, the target across it; a half-year without data is a gap, not a zero. */
export function trendOption(
  points: TrendPoint[],
  unit: IndicatorUnit,
  target: number | undefined,
  targetLabel: string,
): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 32, top: 24, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => p.label) },
    yAxis: { type: 'value', max: axisMax(unit) },
    series: [
      {
        type: 'line',
        connectNulls: false,
        data: points.map((p) => p.figure.value ?? null),
        markLine: targetLine(target, targetLabel, 'yAxis'),
      },
    ],
  };
}

/** The funnel's stages as bars from the first down, each labelled with its count. */
export function funnelOption(stages: FunnelStage[]): EChartsCoreOption {
  const shown = [...stages].reverse();
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: shown.map((s) => s.title),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [{ type: 'bar', data: shown.map((s) => s.count), label: { show: true, position: 'right' } }],
  };
}
