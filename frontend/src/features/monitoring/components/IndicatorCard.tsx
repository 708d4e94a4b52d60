import { Badge, Box, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { academicYearLabel, formatDate } from '../../../lib/dates';
import type { Figure, IndicatorFigures, IndicatorUnit, TargetRef } from '../api';
import { barScale, formatNumber, formatValue, targetMet } from '../figures';

/** A figure's value, or «нет данных» with the reason: a missing figure is never shown as 0. */
export function FigureValue({ figure, unit }: { figure: Figure; unit: IndicatorUnit }) {
  const { t } = useTranslation();
  if (figure.value == null) {
    return (
      <Stack gap={0}>
        <Text size="xl" fw={700}>
          {t('monitoring.card.noData')}
        </Text>
        {figure.noDataText && <Text size="sm">{figure.noDataText}</Text>}
      </Stack>
    );
  }
  return (
    <Group gap="xs" align="baseline">
      <Text size="xl" fw={700}>
        {formatValue(figure.value, unit)}
      </Text>
      {figure.denominator != null && unit === 'PERCENT' && (
        <Text size="sm">
          {t('monitoring.card.ofTotal', {
            numerator: formatNumber(figure.numerator),
            denominator: formatNumber(figure.denominator),
          })}
        </Text>
      )}
    </Group>
  );
}

export function MetBadge({ figure, target }: { figure: Figure; target?: TargetRef | null }) {
  const { t } = useTranslation();
  const met = targetMet(figure, target);
  if (met == null) {
    return null;
  }
  return (
    <Badge color={met ? 'green' : 'orange'} variant="light">
      {met ? t('monitoring.card.met') : t('monitoring.card.notMet')}
    </Badge>
  );
}

/** The value as a bar, the target as a mark across it. */
function TargetBar({ figure, unit, target }: { figure: Figure; unit: IndicatorUnit; target?: TargetRef }) {
  const { t } = useTranslation();
  const at = barScale(unit, figure.value, target?.value);
  const value = figure.value == null ? '' : formatValue(figure.value, unit);
  return (
    <Box pos="relative" py={4}>
      <Progress
        value={at.value ?? 0}
        size="lg"
        color={targetMet(figure, target) === false ? 'orange' : 'teal'}
        aria-label={
          target
            ? t('monitoring.card.bar', { value, target: formatValue(target.value, unit) })
            : t('monitoring.card.barNoTarget', { value })
        }
      />
      {at.target != null && (
        <Box
          aria-hidden
          data-testid="target-mark"
          pos="absolute"
          top={0}
          bottom={0}
          w={3}
          bg="dark.7"
          style={{ left: `calc(${at.target}% - 1px)`, borderRadius: 1 }}
        />
      )}
    </Box>
  );
}

export function TargetText({
  target,
  unit,
  startYear,
}: {
  target?: TargetRef;
  unit: IndicatorUnit;
  startYear: number;
}) {
  const { t } = useTranslation();
  if (!target) {
    return <Text size="sm">{t('monitoring.card.noTarget')}</Text>;
  }
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {t('monitoring.card.target', {
          year: academicYearLabel(startYear),
          value: formatValue(target.value, unit),
        })}
        {target.municipal && ` (${t('monitoring.card.municipalTarget')})`}
      </Text>
      <Text size="sm">
        {t('monitoring.card.document', {
          number: target.documentNumber,
          date: formatDate(target.documentDate),
        })}
        {target.documentTitle && ` «${target.documentTitle}»`}
      </Text>
    </Stack>
  );
}

/** One indicator: its value against the target and the document that set it. */
export function IndicatorCard({
  item,
  startYear,
  selected,
  onSelect,
}: {
  item: IndicatorFigures;
  startYear: number;
  selected?: boolean;
  onSelect?: () => void;
}) {
  const { t } = useTranslation();
  const { figure, unit, target } = item;
  return (
    <Card withBorder padding="md" component="article" aria-label={item.title}>
      <Stack gap="xs" h="100%">
        <Text fw={600} size="sm">
          {item.title}
        </Text>
        <FigureValue figure={figure} unit={unit} />
        {figure.value != null && <TargetBar figure={figure} unit={unit} target={target} />}
        <TargetText target={target} unit={unit} startYear={startYear} />
        {figure.schoolsWithoutContingent > 0 && (
          <Text size="sm" fw={500}>
            {t('monitoring.card.withoutContingent', { count: figure.schoolsWithoutContingent })}
          </Text>
        )}
        <Group justify="space-between" mt="auto">
          <MetBadge figure={figure} target={target} />
          {onSelect && (
            <Button
              size="xs"
              variant={selected ? 'filled' : 'light'}
              aria-pressed={selected}
              onClick={onSelect}
            >
              {t('monitoring.card.details')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
