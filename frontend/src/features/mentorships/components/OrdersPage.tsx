import { Paper, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Pager } from '../../../components/ui/Pager';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { formatDate } from '../../../lib/dates';
import { useOrders } from '../api';
import { OrderDownloads } from './ApproveOrderPage';
import { useListControls } from '../../../lib/useListControls';

export function OrdersPage({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const { page, size, pager } = useListControls();
  const orders = useOrders(schoolId, page, size);
  return (
    <Stack>
      <Title order={1}>{t('orders.title')}</Title>
      <ErrorAlert error={orders.error} />
      <Paper withBorder>
        <Table striped aria-label={t('orders.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orders.fields.number')}</Table.Th>
              <Table.Th>{t('orders.fields.date')}</Table.Th>
              <Table.Th>{t('orders.pairs')}</Table.Th>
              <Table.Th>{t('orders.download')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {orders.isPending && <LoadingRow columns={4} />}
            {orders.data?.items.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>№ {o.number}</Table.Td>
                <Table.Td>{formatDate(o.date)}</Table.Td>
                <Table.Td>{o.rows.length}</Table.Td>
                <Table.Td>
                  <OrderDownloads schoolId={schoolId} orderId={o.id} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {orders.data && orders.data.items.length === 0 && <EmptyState>{t('orders.empty')}</EmptyState>}
      </Paper>
      {orders.data && <Pager total={orders.data.total} {...pager} />}
    </Stack>
  );
}
