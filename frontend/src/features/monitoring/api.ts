import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';

export type Figures = Schemas['Figures'];
export type FiguresLevel = Schemas['FiguresLevel'];
export type IndicatorFigures = Schemas['IndicatorFigures'];
export type Figure = Schemas['Figure'];
export type UnitFigure = Schemas['UnitFigure'];
export type TrendPoint = Schemas['TrendPoint'];
export type TargetRef = Schemas['TargetRef'];
export type Indicator = Schemas['Indicator'];
export type IndicatorUnit = Schemas['IndicatorUnit'];
export type IndicatorDefinition = Schemas['Indicator1'];
export type Target = Schemas['Target'];
export type TargetInput = Schemas['TargetInput'];
export type FunnelStage = Schemas['FunnelFigure'];

/** The place whose figures are read: the region, a municipality or a school. */
export interface Place {
  level: FiguresLevel;
  id: string;
}

/**
 * The period as the server reads it: an academic year (`year`) or one of its halves (`half`), each optionally cut
 * at a date (`asOf`). Without year and half the server takes the academic year of the date.
 */
export interface PeriodParams {
  year?: number;
  half?: string;
  asOf?: string;
}

export const monitoringKeys = {
  all: ['monitoring'] as const,
  indicators: () => [...monitoringKeys.all, 'indicators'] as const,
  figures: (place: Place, period: PeriodParams) => [...monitoringKeys.all, 'figures', place, period] as const,
  targets: (regionId: string, year?: number) => [...monitoringKeys.all, 'targets', regionId, year] as const,
};

export const indicatorsQuery = () =>
  queryOptions({
    queryKey: monitoringKeys.indicators(),
    queryFn: () => unwrap(api.GET('/api/indicators')),
    staleTime: Infinity,
  });

function fetchFigures({ level, id }: Place, query: PeriodParams): Promise<Figures> {
  switch (level) {
    case 'REGION':
      return unwrap(
        api.GET('/api/regions/{regionId}/figures', { params: { path: { regionId: id }, query } }),
      );
    case 'MUNICIPALITY':
      return unwrap(
        api.GET('/api/municipalities/{municipalityId}/figures', {
          params: { path: { municipalityId: id }, query },
        }),
      );
    case 'SCHOOL':
      return unwrap(
        api.GET('/api/schools/{schoolId}/figures', { params: { path: { schoolId: id }, query } }),
      );
  }
}

export const figuresQuery = (place: Place, period: PeriodParams) =>
  queryOptions({
    queryKey: monitoringKeys.figures(place, period),
    queryFn: () => fetchFigures(place, period),
    // Another period keeps the old figures on screen until the new ones arrive, instead of a blank page.
    placeholderData: keepPreviousData,
  });

export const targetsQuery = (regionId: string, year?: number) =>
  queryOptions({
    queryKey: monitoringKeys.targets(regionId, year),
    queryFn: () =>
      unwrap(api.GET('/api/regions/{regionId}/targets', { params: { path: { regionId }, query: { year } } })),
  });

export function useIndicators() {
  return useQuery(indicatorsQuery());
}

export function useFigures(place: Place, period: PeriodParams) {
  return useQuery(figuresQuery(place, period));
}

export function useTargets(regionId: string, year?: number) {
  return useQuery(targetsQuery(regionId, year));
}

/** Sets a target; every figure may compare against it, so all of monitoring is read again. */
export function usePutTarget(regionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TargetInput) =>
      unwrap(api.PUT('/api/regions/{regionId}/targets', { params: { path: { regionId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: monitoringKeys.all }),
  });
}
