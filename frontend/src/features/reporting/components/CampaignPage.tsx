import { Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { formatDate } from '../../../lib/dates';
import type { Me } from '../../me/api';
import { campaignQuery, schoolReportsQuery, summaryQuery, type Campaign } from '../api';
import { municipalityRows } from '../campaignStatus';
import { ReportPage } from './ReportPage';
import { SchoolReports } from './SchoolReports';
import { StatusTable } from './StatusTable';

/** One campaign as each level works on it: the school its report, the municipality its schools, the region all. */
export function CampaignPage({ me }: { me: Me }) {
  if (me.role === 'school' && me.schoolId) {
    return <ReportPage kind="school" ownId={me.schoolId} />;
  }
  if (me.role === 'municipal' && me.municipalityId) {
    return <MunicipalCampaign regionId={me.regionId} municipalityId={me.municipalityId} />;
  }
  return <RegionSummary regionId={me.regionId} />;
}

function CampaignHeading({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Anchor component={Link} to="/reports" size="sm">
        {t('reporting.back')}
      </Anchor>
      <Title order={1}>{campaign.title}</Title>
      <Text size="sm">
        {campaign.periodLabel} · {t('reporting.due')}: {formatDate(campaign.dueOn)}
      </Text>
    </Stack>
  );
}

function MunicipalCampaign({ regionId, municipalityId }: { regionId: string; municipalityId: string }) {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const schools = useQuery(schoolReportsQuery(municipalityId, campaignId));
  const campaign = useQuery(campaignQuery(regionId, campaignId));
  const error = schools.error ?? campaign.error;
  if (error) {
    return <ErrorAlert error={error} />;
  }
  if (!schools.data || !campaign.data) {
    return <Loader />;
  }
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <CampaignHeading campaign={campaign.data} />
        <Button component={Link} to={`/reports/${campaignId}/municipalities/${municipalityId}`}>
          {t('reporting.own')}
        </Button>
      </Group>
      <SchoolReports campaignId={campaignId} rows={schools.data} />
    </Stack>
  );
}

function RegionSummary({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const summary = useQuery(summaryQuery(regionId, campaignId));
  if (summary.error) {
    return <ErrorAlert error={summary.error} />;
  }
  if (!summary.data) {
    return <Loader />;
  }
  return (
    <Stack>
      <CampaignHeading campaign={summary.data.campaign} />
      <Paper withBorder p="md">
        <Stack>
          <Title order={2}>{t('reporting.municipalities')}</Title>
          <StatusTable
            campaign={summary.data.campaign}
            rows={municipalityRows(campaignId, summary.data.municipalities)}
            regional
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
