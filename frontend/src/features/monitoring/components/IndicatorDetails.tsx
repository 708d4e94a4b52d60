import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ChartOnRequest } from '../../../components/ui/ChartOnRequest';
import { EmptyState } from '../../../components/ui/EmptyState';
import { SortableTh } from '../../../components/ui/SortableTh';
import { TableDownload } from '../../../components/ui/TableDownload';
import type { TableFile } from '../../../lib/tableFile';
import type { Figure, Figures, IndicatorDefinition, IndicatorFigures, UnitFigure } from '../api';
import { rankingOption, trendOption } from '../charts';
import { formatNumber, formatValue, rank, targetMet } from '../figures';

function valueCell(figure: Figure, unit: IndicatorFigures['unit'], noData: string): string {
  return figure.value == null ? noData : formatValue(figure.value, unit);
}

/** Figures by half-year or by form: the value (or «нет данных») with its numerator and denominator. */
function FiguresTable({
  label,
  first,
  unit,
  rows,
}: {
  label: string;
  first: string;
  unit: IndicatorFigures['unit'];
  rows: { key: string; label: string; figure: Figure }[];
}) {
  const { t } = useTranslation();
  return (
    <Table aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{first}</Table.Th>
          <Table.Th>{t('monitoring.ranking.value')}</Table.Th>
          <Table.Th>{t('monitoring.ranking.numerator')}</Table.Th>
          <Table.Th>{t('monitoring.ranking.denominator')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>{r.label}</Table.Td>
            <Table.Td>{valueCell(r.figure, unit, t('monitoring.card.noData'))}</Table.Td>
            <Table.Td>{formatNumber(r.figure.numerator)}</Table.Td>
            <Table.Td>{formatNumber(r.figure.denominator)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The units one level down, ranked by any column, each leading to its own figures where the user may go. */
function Ranking({
  item,
  units,
  title,
  periodLabel,
  linkTo,
}: {
  item: IndicatorFigures;
  units: UnitFigure[];
  title: string;
  periodLabel: string;
  linkTo?: (unit: UnitFigure) => string;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState('value,desc');
  const ranked = rank(units, sort);
  const noData = t('monitoring.card.noData');
  const met = (u: UnitFigure) => {
    const m = targetMet(u.figure, u.target);
    return m == null
      ? t('monitoring.ranking.unknown')
      : m
        ? t('monitoring.ranking.yes')
        : t('monitoring.ranking.no');
  };
  const table = (): TableFile => ({
    name: t('monitoring.ranking.file', { indicator: item.title, period: periodLabel }),
    header: [
      t('monitoring.ranking.name'),
      t('monitoring.ranking.value'),
      t('monitoring.ranking.numerator'),
      t('monitoring.ranking.denominator'),
      t('monitoring.ranking.target'),
      t('monitoring.ranking.met'),
    ],
    rows: ranked.map((u) => [
      u.name,
      u.figure.value ?? noData,
      u.figure.numerator,
      u.figure.denominator,
      u.target?.value,
      met(u),
    ]),
  });
  const th = (field: string, label: string) => (
    <SortableTh field={field} sort={sort} onSort={setSort}>
      {label}
    </SortableTh>
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{title}</Title>
        {units.length > 0 && <TableDownload table={table} />}
      </Group>
      {units.length === 0 ? (
        <EmptyState>{t('monitoring.ranking.empty')}</EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label={title} striped>
              <Table.Thead>
                <Table.Tr>
                  {th('name', t('monitoring.ranking.name'))}
                  {th('value', t('monitoring.ranking.value'))}
                  {th('numerator', t('monitoring.ranking.numerator'))}
                  {th('denominator', t('monitoring.ranking.denominator'))}
                  <Table.Th>{t('monitoring.ranking.target')}</Table.Th>
                  {th('met', t('monitoring.ranking.met'))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ranked.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>
                      {linkTo ? (
                        <Anchor component={Link} to={linkTo(u)}>
                          {u.name}
                        </Anchor>
                      ) : (
                        u.name
                      )}
                    </Table.Td>
                    <Table.Td>{valueCell(u.figure, item.unit, noData)}</Table.Td>
                    <Table.Td>{formatNumber(u.figure.numerator)}</Table.Td>
                    <Table.Td>{formatNumber(u.figure.denominator)}</Table.Td>
                    <Table.Td>{u.target ? formatValue(u.target.value, item.unit) : '—'}</Table.Td>
                    <Table.Td>{met(u)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ChartOnRequest
            option={rankingOption(ranked, item.unit, item.target?.value, t('monitoring.targetLine'))}
            height={80 + 28 * ranked.filter((u) => u.figure.value != null).length}
            label={t('monitoring.ranking.chart', { indicator: item.title })}
          />
        </>
      )}
    </Stack>
  );
}

function Trend({ item, placeName }: { item: IndicatorFigures; placeName: string }) {
  const { t } = useTranslation();
  const title = t('monitoring.trend.title', { indicator: item.title });
  const noData = t('monitoring.card.noData');
  const table = (): TableFile => ({
    name: t('monitoring.trend.file', { indicator: item.title, name: placeName }),
    header: [
      t('monitoring.trend.period'),
      t('monitoring.ranking.value'),
      t('monitoring.ranking.numerator'),
      t('monitoring.ranking.denominator'),
    ],
    rows: item.trend.map((p) => [
      p.label,
      p.figure.value ?? noData,
      p.figure.numerator,
      p.figure.denominator,
    ]),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{title}</Title>
        {item.trend.length > 0 && <TableDownload table={table} />}
      </Group>
      {item.trend.length === 0 ? (
        <EmptyState>{t('monitoring.trend.empty')}</EmptyState>
      ) : (
        <>
          <FiguresTable
            label={title}
            first={t('monitoring.trend.period')}
            unit={item.unit}
            rows={item.trend.map((p) => ({ key: p.key, label: p.label, figure: p.figure }))}
          />
          <ChartOnRequest
            option={trendOption(item.trend, item.unit, item.target?.value, t('monitoring.targetLine'))}
            height={260}
            label={t('monitoring.trend.chart', { indicator: item.title })}
          />
        </>
      )}
    </Stack>
  );
}

/** One indicator in depth: its definition, its forms, the level below ranked, and the half-years. */
export function IndicatorDetails({
  figures,
  item,
  definition,
  linkTo,
}: {
  figures: Figures;
  item: IndicatorFigures;
  definition?: IndicatorDefinition;
  linkTo?: (unit: UnitFigure) => string;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="indicator-details">
      <Stack>
        <Title order={2} id="indicator-details">
          {item.title}
        </Title>
        {definition && (
          <Stack gap={4}>
            <Text size="sm">
              <b>{t('monitoring.definition.numerator')}:</b> {definition.numerator}
            </Text>
            {definition.denominator && (
              <Text size="sm">
                <b>{t('monitoring.definition.denominator')}:</b> {definition.denominator}
              </Text>
            )}
            <Text size="sm">
              <b>{t('monitoring.definition.period')}:</b> {definition.period}
            </Text>
          </Stack>
        )}
        {item.byForm.length > 0 && (
          <FiguresTable
            label={t('monitoring.byForm')}
            first={t('monitoring.form')}
            unit={item.unit}
            rows={item.byForm.map((f) => ({ key: f.form, label: t(`forms.${f.form}`), figure: f.figure }))}
          />
        )}
        {figures.level !== 'SCHOOL' && (
          <Ranking
            item={item}
            units={item.breakdown}
            title={t(
              figures.level === 'REGION' ? 'monitoring.ranking.municipalities' : 'monitoring.ranking.schools',
              {
                indicator: item.title,
              },
            )}
            periodLabel={figures.period.label}
            linkTo={linkTo}
          />
        )}
        <Trend item={item} placeName={figures.name} />
      </Stack>
    </Paper>
  );
}
