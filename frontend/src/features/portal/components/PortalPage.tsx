import { Alert, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { formatValue } from '../../monitoring/figures';
import { usePortalIndicators } from '../api';

/**
 * What the portal account sees in a browser: what it is for, and the region's figures as the portal's API hands
 * them over — the rest of the SPA is closed to it, as the API is.
 */
export function PortalPage() {
  const { t } = useTranslation();
  const figures = usePortalIndicators();
  return (
    <Stack>
      <Title order={1}>{t('portal.title')}</Title>
      <Alert color="blue">
        <Stack gap={4}>
          <Text size="sm">{t('portal.intro')}</Text>
          <Text size="sm">{t('portal.guide')}</Text>
        </Stack>
      </Alert>
      {figures.error ? (
        <ErrorAlert error={figures.error} />
      ) : !figures.data ? (
        <Loader />
      ) : figures.data.indicators.length === 0 ? (
        <EmptyState>{t('portal.empty')}</EmptyState>
      ) : (
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed" mb="sm">
            {figures.data.name} · {t('portal.period', { period: figures.data.period.label })}
          </Text>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('portal.indicator')}</Table.Th>
                <Table.Th>{t('portal.value')}</Table.Th>
                <Table.Th>{t('portal.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.data.indicators.map((i) => (
                <Table.Tr key={i.indicator}>
                  <Table.Td>{i.title}</Table.Td>
                  <Table.Td>{i.value.display ?? i.noDataText ?? t('portal.noData')}</Table.Td>
                  <Table.Td>{i.target ? formatValue(i.target.value, i.unit) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
