import { Anchor, Button, Group, Loader, Modal, Stack, Table, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { formatDate } from '../../../lib/dates';
import type { Me } from '../../me/api';
import { indicatorsQuery } from '../../monitoring/api';
import { useCampaigns } from '../api';
import { CampaignForm } from './CampaignDialog';

/** The region's campaigns; only its coordinator opens new ones. */
export function CampaignsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const campaigns = useCampaigns(me.regionId);
  const indicators = useQuery(indicatorsQuery());
  const [adding, dialog] = useDisclosure(false);
  const titleOf = (code: string) => indicators.data?.find((i) => i.code === code)?.title ?? code;
  const rows = campaigns.data ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('reporting.title')}</Title>
        {me.role === 'regional' && <Button onClick={dialog.open}>{t('reporting.add')}</Button>}
      </Group>
      <ErrorAlert error={campaigns.error} />
      {campaigns.isPending && <Loader />}
      {campaigns.data && rows.length === 0 && <EmptyState>{t('reporting.empty')}</EmptyState>}
      {rows.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reporting.f.title')}</Table.Th>
              <Table.Th>{t('monitoring.period.legend')}</Table.Th>
              <Table.Th>{t('reporting.due')}</Table.Th>
              <Table.Th>{t('reporting.f.indicators')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/reports/${c.id}`}>
                    {c.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.periodLabel}</Table.Td>
                <Table.Td>{formatDate(c.dueOn)}</Table.Td>
                <Table.Td>{c.indicators.map(titleOf).join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={adding} onClose={dialog.close} title={t('reporting.add')} size="lg">
        {adding && <CampaignForm regionId={me.regionId} onClose={dialog.close} />}
      </Modal>
    </Stack>
  );
}
