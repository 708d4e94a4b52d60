import { Skeleton } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense } from 'react';

const EChart = lazy(() => import('./EChart'));

export interface ChartProps {
  option: EChartsCoreOption;
  height: number;
  /** What the chart shows, for those who cannot see the canvas. */
  label: string;
}

/**
 * A bar chart. ECharts is fetched the first time a page draws a chart, in a chunk of its own, so that the pages
 * without charts (the first page after login among them) never load it.
 */
export function Chart({ option, height, label }: ChartProps) {
  return (
    <div role="img" aria-label={label}>
      <Suspense fallback={<Skeleton height={height} />}>
        <EChart option={option} height={height} />
      </Suspense>
    </div>
  );
}
