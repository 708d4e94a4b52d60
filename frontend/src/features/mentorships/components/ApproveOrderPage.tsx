import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { describeError } from '../../../lib/api/problem';
import { formatDate, today } from '../../../lib/dates';
import { blankToUndefined, showSaveError } from '../../../lib/forms';
import {
  downloadOrder,
  useCreateOrder,
  useMentorships,
  type SchoolOrder,
  type SchoolOrderInput,
} from '../api';

export interface OrderValues {
  number: string;
  date: string;
  headPosition: string;
  headName: string;
  mentorshipIds: string[];
}

export function toOrderInput(v: OrderValues): SchoolOrderInput {
  return {
    number: v.number.trim(),
    date: v.date,
    mentorshipIds: v.mentorshipIds,
    headPosition: blankToUndefined(v.headPosition),
    headName: blankToUndefined(v.headName),
  };
}

/** Select proposed pairs, give the order a number and a date, issue it, download it to sign. */
export function ApproveOrderPage({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const [issued, setIssued] = useState<SchoolOrder | null>(null);
  const proposed = useMentorships(schoolId, { status: 'PROPOSED', page: 0, size: 100, sort: 'mentor,asc' });
  const create = useCreateOrder(schoolId);
  const form = useForm<OrderValues>({
    initialValues: { number: '', date: today(), headPosition: 'Директор', headName: '', mentorshipIds: [] },
    validate: {
      number: (v) => (v.trim() ? null : t('orders.validation.number')),
      date: (v) => (v ? null : t('orders.validation.date')),
      mentorshipIds: (v) => (v.length > 0 ? null : t('orders.validation.pairs')),
    },
  });
  const items = proposed.data?.items ?? [];
  const selected = form.values.mentorshipIds;
  const toggle = (id: string, on: boolean) =>
    form.setFieldValue('mentorshipIds', on ? [...selected, id] : selected.filter((x) => x !== id));

  const submit = form.onSubmit(async (values) => {
    try {
      const order = await create.mutateAsync(toOrderInput(values));
      notifications.show({ color: 'green', message: t('orders.issued', { number: order.number }) });
      setIssued(order);
      form.setValues({ mentorshipIds: [], number: '' });
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <Stack>
      <Title order={1}>{t('orders.approveTitle')}</Title>
      <Text c="dimmed">{t('orders.approveHint')}</Text>
      {issued && <IssuedOrder schoolId={schoolId} order={issued} />}
      <ErrorAlert error={proposed.error} />
      <form onSubmit={submit} noValidate>
        <Stack>
          <Paper withBorder>
            <Table aria-label={t('orders.fields.pairs')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label={t('orders.fields.pairs')}
                      checked={items.length > 0 && selected.length === items.length}
                      indeterminate={selected.length > 0 && selected.length < items.length}
                      onChange={(e) =>
                        form.setFieldValue(
                          'mentorshipIds',
                          e.currentTarget.checked ? items.map((m) => m.id) : [],
                        )
                      }
                    />
                  </Table.Th>
                  <Table.Th>{t('mentorships.fields.mentor')}</Table.Th>
                  <Table.Th>{t('mentorships.fields.mentees')}</Table.Th>
                  <Table.Th>{t('mentorships.fields.form')}</Table.Th>
                  <Table.Th>{t('mentorships.term')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {proposed.isPending && <LoadingRow columns={5} />}
                {items.map((m) => {
                  const label = `${m.mentor.fullName} — ${m.mentees.map((p) => p.fullName).join(', ')}`;
                  return (
                    <Table.Tr key={m.id}>
                      <Table.Td>
                        <Checkbox
                          aria-label={label}
                          checked={selected.includes(m.id)}
                          onChange={(e) => toggle(m.id, e.currentTarget.checked)}
                        />
                      </Table.Td>
                      <Table.Td>{m.mentor.fullName}</Table.Td>
                      <Table.Td>{m.mentees.map((p) => p.fullName).join(', ')}</Table.Td>
                      <Table.Td>{t(`forms.${m.form}`)}</Table.Td>
                      <Table.Td>
                        {t('mentorships.termValue', {
                          from: formatDate(m.plannedStart),
                          to: formatDate(m.plannedEnd),
                        })}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            {proposed.data && items.length === 0 && <EmptyState>{t('orders.noProposed')}</EmptyState>}
          </Paper>
          {form.errors.mentorshipIds && (
            <Alert color="red" role="alert">
              {form.errors.mentorshipIds}
            </Alert>
          )}
          <Text size="sm">{t('orders.selected', { count: selected.length })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput label={t('orders.fields.number')} withAsterisk {...form.getInputProps('number')} />
            <TextInput
              type="date"
              label={t('orders.fields.date')}
              withAsterisk
              {...form.getInputProps('date')}
            />
            <TextInput label={t('orders.fields.headPosition')} {...form.getInputProps('headPosition')} />
            <TextInput label={t('orders.fields.headName')} {...form.getInputProps('headName')} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('orders.issue')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** The order just issued, with its documents to download. */
export function IssuedOrder({ schoolId, order }: { schoolId: string; order: SchoolOrder }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" title={t('orders.issued', { number: order.number })}>
      <OrderDownloads schoolId={schoolId} orderId={order.id} />
    </Alert>
  );
}

export function OrderDownloads({ schoolId, orderId }: { schoolId: string; orderId: string }) {
  const { t } = useTranslation();
  const download = (format: 'docx' | 'pdf') =>
    downloadOrder(schoolId, orderId, format).catch((e) =>
      notifications.show({ color: 'red', message: describeError(e) }),
    );
  return (
    <Group gap="xs">
      <Button size="xs" variant="light" onClick={() => download('docx')}>
        {t('orders.docx')}
      </Button>
      <Button size="xs" variant="light" onClick={() => download('pdf')}>
        {t('orders.pdf')}
      </Button>
    </Group>
  );
}
