import { Anchor, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { formatDate, today } from '../../../lib/dates';
import type { Me } from '../../me/api';
import { schoolReportsQuery, summaryQuery, useCampaigns, type Campaign } from '../api';
import {
  currentCampaign,
  municipalityRows,
  schoolRows,
  statusCounts,
  type StatusCounts,
} from '../campaignStatus';
import { StatusTable } from './StatusTable';

const COUNTS: (keyof StatusCounts)[] = ['submitted', 'accepted', 'returned', 'notSubmitted', 'overdue'];

function Counts({ counts, label }: { counts: StatusCounts; label: string }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} role="list" aria-label={label}>
      {COUNTS.map((k) => (
        <Paper key={k} withBorder p="xs" role="listitem">
          <Text size="xl" fw={700}>
            {counts[k]}
          </Text>
          <Text size="sm">{t(`reporting.home.counts.${k}`)}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** The reports of one campaign one level down: the region's municipalities, or the municipality's schools. */
function CampaignReports({ me, campaign }: { me: Me; campaign: Campaign }) {
  const { t } = useTranslation();
  const municipalityId = me.role === 'municipal' ? me.municipalityId : undefined;
  const summary = useQuery({ ...summaryQuery(me.regionId, campaign.id), enabled: !municipalityId });
  const schools = useQuery({
    ...schoolReportsQuery(municipalityId ?? '', campaign.id),
    enabled: !!municipalityId,
  });
  const rows = municipalityId
    ? schools.data && schoolRows(campaign.id, schools.data)
    : summary.data && municipalityRows(campaign.id, summary.data.municipalities);
  const error = municipalityId ? schools.error : summary.error;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Text fw={600}>
            <Anchor component={Link} to={`/reports/${campaign.id}`}>
              {campaign.title}
            </Anchor>
          </Text>
          <Text size="sm">
            {campaign.periodLabel} · {t('reporting.due')}: {formatDate(campaign.dueOn)}
          </Text>
        </Stack>
      </Group>
      <ErrorAlert error={error} />
      {!rows && !error && <Loader role="status" aria-label={t('app.loading')} />}
      {rows && (
        <>
          <Counts counts={statusCounts(rows)} label={t('reporting.home.countsLabel')} />
          <StatusTable campaign={campaign} rows={rows} regional={!municipalityId} />
        </>
      )}
    </Stack>
  );
}

/**
 * The current campaign's reports on the region's or the municipality's home: how many are sent, accepted,
 * returned, not sent and overdue, and each with its state, leading to its report.
 */
export function CampaignStatus({ me }: { me: Me }) {
  const { t } = useTranslation();
  const headingId = useId();
  const campaigns = useCampaigns(me.regionId);
  const campaign = campaigns.data && currentCampaign(campaigns.data, today());
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack>
        <Group justify="space-between">
          <Title order={2} id={headingId}>
            {t('reporting.home.title')}
          </Title>
          <Anchor component={Link} to="/reports" size="sm">
            {t('reporting.home.all')}
          </Anchor>
        </Group>
        <ErrorAlert error={campaigns.error} />
        {campaigns.isPending && <Loader role="status" aria-label={t('app.loading')} />}
        {campaigns.data && !campaign && (
          <EmptyState>
            {me.role === 'regional' ? t('reporting.home.noneRegional') : t('reporting.home.none')}
          </EmptyState>
        )}
        {campaign && <CampaignReports me={me} campaign={campaign} />}
      </Stack>
    </Paper>
  );
}
