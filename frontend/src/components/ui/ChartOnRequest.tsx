import { Button, Group } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Chart } from './Chart';

/**
 * A chart drawn when asked for: ECharts weighs more than the rest of the page together, and the figures are in
 * the table beside it anyway. Shared by every feature that draws charts, so that none loads ECharts by itself.
 */
export function ChartOnRequest({
  option,
  height,
  label,
  children,
}: {
  option: EChartsCoreOption;
  height: number;
  label: string;
  /** What stands on the line of the button, on its left. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [shown, setShown] = useState(false);
  return (
    <>
      <Group justify={children ? 'space-between' : 'flex-start'}>
        {children}
        <Button variant="subtle" aria-expanded={shown} aria-controls={id} onClick={() => setShown((s) => !s)}>
          {shown ? t('common.hideChart') : t('common.showChart')}
        </Button>
      </Group>
      {shown && (
        <div id={id}>
          <Chart option={option} height={height} label={label} />
        </div>
      )}
    </>
  );
}
