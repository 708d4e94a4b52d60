import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';

import type { Me } from '../../me/api';
import { useSchool } from '../../schools/api';
import { useFigures, type Indicator, type Place, type UnitFigure } from '../api';
import { periodKey, periodParams } from '../figures';
import { FiguresBoard } from './FiguresBoard';

const TITLE_KEYS = {
  REGION: 'monitoring.regionTitle',
  MUNICIPALITY: 'monitoring.municipalityTitle',
  SCHOOL: 'monitoring.schoolTitle',
} as const;

function Dashboard({
  place,
  back,
  linkTo,
  targets,
  campaigns,
  roadmaps,
}: {
  place: Place;
  back?: { to: string; label: string };
  linkTo?: (unit: UnitFigure, search: string) => string;
  targets?: boolean;
  /** The current campaign's reports, which another feature draws. */
  campaigns?: ReactNode;
  /** The overdue items of the roadmaps, which another feature draws. */
  roadmaps?: ReactNode;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  // The period lives in the address, so that a drill-down link and a shared address open the same figures.
  const period = periodParams(search);
  // The title's name comes from the same answer the board draws (the query is shared, not repeated).
  const figures = useFigures(place, period);
  const update = (changes: Record<string, string | undefined>) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        Object.entries(changes).forEach(([k, v]) => (v ? next.set(k, v) : next.delete(k)));
        return next;
      },
      { replace: true },
    );
  const query = search.toString();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>
          {figures.data ? t(TITLE_KEYS[place.level], { name: figures.data.name }) : t('nav.monitoring')}
        </Title>
        {targets && (
          <Button component={Link} to="/monitoring/targets" variant="default">
            {t('monitoring.targets.nav')}
          </Button>
        )}
      </Group>
      {back && (
        <Anchor component={Link} to={`${back.to}${query ? `?${query}` : ''}`}>
          ← {back.label}
        </Anchor>
      )}
      <Text size="sm">{t('monitoring.about')}</Text>
      {roadmaps}
      {campaigns}
      <FiguresBoard
        place={place}
        period={period}
        onChoice={(c) => update({ period: periodKey(c), asOf: c.asOf })}
        selected={(search.get('indicator') as Indicator | null) ?? null}
        onSelect={(indicator) => update({ indicator })}
        linkTo={linkTo && ((u) => linkTo(u, query))}
      />
    </Stack>
  );
}

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/**
 * The monitoring home, where regional and municipal coordinators land: the region's figures for the regional
 * coordinator and the portal, the municipality's for the municipal coordinator, each leading one level down.
 */
export function MonitoringPage({
  me,
  campaigns,
  roadmaps,
}: {
  me: Me;
  campaigns?: ReactNode;
  roadmaps?: ReactNode;
}) {
  if (me.role === 'municipal' && me.municipalityId) {
    return (
      <Dashboard
        campaigns={campaigns}
        roadmaps={roadmaps}
        place={{ level: 'MUNICIPALITY', id: me.municipalityId }}
        linkTo={(u, q) => withQuery(`/monitoring/schools/${u.id}`, q)}
      />
    );
  }
  return (
    <Dashboard
      campaigns={campaigns}
      roadmaps={roadmaps}
      place={{ level: 'REGION', id: me.regionId }}
      targets={me.role === 'regional'}
      linkTo={(u, q) => withQuery(`/monitoring/municipalities/${u.id}`, q)}
    />
  );
}

/** A municipality seen from the region. The portal stops here: a school's small numbers could point to people. */
export function MunicipalityMonitoringPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <Dashboard
      key={id}
      place={{ level: 'MUNICIPALITY', id }}
      back={{ to: '/monitoring', label: t('monitoring.toRegion') }}
      linkTo={me.role === 'portal' ? undefined : (u, q) => withQuery(`/monitoring/schools/${u.id}`, q)}
    />
  );
}

/** A school's figures for the region and its municipality. */
export function SchoolMonitoringPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const school = useSchool(id);
  const municipalityId = school.data?.municipalityId;
  return (
    <Dashboard
      key={id}
      place={{ level: 'SCHOOL', id }}
      back={
        me.role === 'municipal' || !municipalityId
          ? { to: '/monitoring', label: t('monitoring.toMunicipality') }
          : { to: `/monitoring/municipalities/${municipalityId}`, label: t('monitoring.toMunicipality') }
      }
    />
  );
}
