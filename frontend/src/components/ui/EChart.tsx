import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

import type { ChartProps } from './Chart';

// Only what the app draws is registered, which keeps the chart chunk small.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** Loaded through Chart only, so that ECharts stays out of every page that draws nothing. */
export default function EChart({ option, height }: Omit<ChartProps, 'label'>) {
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height }} notMerge />;
}
