import { Loader, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import {
  useFigures,
  useIndicators,
  type Indicator,
  type PeriodParams,
  type Place,
  type UnitFigure,
} from '../api';
import { choiceOf, type PeriodChoice } from '../figures';
import { Funnel } from './Funnel';
import { IndicatorCard } from './IndicatorCard';
import { IndicatorDetails } from './IndicatorDetails';
import { PeriodPicker } from './PeriodPicker';

/**
 * A place's figures for a period: the picker, a card per indicator, the chosen indicator in depth and the
 * programme's funnel. Where the
 * period and the chosen indicator are kept (the address, the component's state) is the caller's.
 */
export function FiguresBoard({
  place,
  period,
  onChoice,
  selected,
  onSelect,
  linkTo,
}: {
  place: Place;
  /** The period asked for; empty means the server's default, the academic year of today. */
  period: PeriodParams;
  onChoice: (choice: PeriodChoice) => void;
  selected: Indicator | null;
  onSelect: (indicator: Indicator) => void;
  linkTo?: (unit: UnitFigure) => string;
}) {
  const { t } = useTranslation();
  const figures = useFigures(place, period);
  const indicators = useIndicators();
  const data = figures.data;
  const item = data?.indicators.find((i) => i.indicator === selected) ?? data?.indicators[0];
  return (
    <Stack>
      <PeriodPicker value={choiceOf(period, data?.period)} onChange={onChoice} shown={data?.period} />
      <ErrorAlert error={figures.error} />
      {figures.isPending && <Loader role="status" aria-label={t('app.loading')} />}
      {data && data.indicators.length === 0 && <EmptyState>{t('monitoring.ranking.empty')}</EmptyState>}
      {data && item && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-label={t('monitoring.indicators')} role="list">
            {data.indicators.map((i) => (
              <div role="listitem" key={i.indicator}>
                <IndicatorCard
                  item={i}
                  startYear={data.period.startYear}
                  selected={i.indicator === item.indicator}
                  onSelect={() => onSelect(i.indicator)}
                />
              </div>
            ))}
          </SimpleGrid>
          <IndicatorDetails
            figures={data}
            item={item}
            definition={indicators.data?.find((d) => d.code === item.indicator)}
            linkTo={linkTo}
          />
        </>
      )}
      {data && <Funnel figures={data} />}
    </Stack>
  );
}
