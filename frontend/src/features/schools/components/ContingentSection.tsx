import { Button, Group, Modal, NumberInput, Paper, Stack, Table, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { RowActions } from '../../../components/ui/RowActions';
import { echarts, ReactEChartsCore } from '../../../lib/echarts';
import { showSaveError } from '../../../lib/forms';
import { useEditor } from '../../../lib/useEditor';
import { useContingents, useDeleteContingent, usePutContingent, type Contingent } from '../api';

const FIELDS = ['pupils', 'teachers', 'youngTeachers', 'additionalPupils'] as const;

/** The academic year now under way: it starts in September. */
export function currentStartYear(today = new Date()): number {
  return today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
}

export function ContingentSection({ schoolId, editable }: { schoolId: string; editable: boolean }) {
  const { t } = useTranslation();
  const contingents = useContingents(schoolId);
  const remove = useDeleteContingent(schoolId);
  const editor = useEditor<Contingent>();
  const rows = contingents.data ?? [];

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('contingent.title')}</Title>
          {editable && <Button onClick={() => editor.start(null)}>{t('contingent.add')}</Button>}
        </Group>
        <ErrorAlert error={contingents.error} />
        {contingents.data && rows.length === 0 && <EmptyState>{t('contingent.empty')}</EmptyState>}
        {rows.length > 0 && (
          <>
            <Table aria-label={t('contingent.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contingent.fields.academicYear')}</Table.Th>
                  {FIELDS.map((f) => (
                    <Table.Th key={f}>{t(`contingent.fields.${f}`)}</Table.Th>
                  ))}
                  {editable && <Table.Th>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((c) => (
                  <Table.Tr key={c.startYear}>
                    <Table.Td>{c.academicYear}</Table.Td>
                    {FIELDS.map((f) => (
                      <Table.Td key={f}>{c[f]}</Table.Td>
                    ))}
                    {editable && (
                      <RowActions
                        onEdit={() => editor.start(c)}
                        deleteQuestion={t('contingent.deleteConfirm', { year: c.academicYear })}
                        onDelete={(callbacks) => remove.mutate(c.startYear, callbacks)}
                      />
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <ContingentChart rows={rows} />
          </>
        )}
      </Stack>
      <Modal
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing ? editor.editing.academicYear : t('contingent.add')}
      >
        {editor.opened && (
          <ContingentForm schoolId={schoolId} existing={editor.editing} onDone={editor.close} />
        )}
      </Modal>
    </Paper>
  );
}

function ContingentChart({ rows }: { rows: Contingent[] }) {
  const { t } = useTranslation();
  const ordered = [...rows].reverse();
  const option = {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 24 },
    xAxis: { type: 'category', data: ordered.map((c) => c.academicYear) },
    yAxis: { type: 'value' },
    series: (['pupils', 'teachers', 'additionalPupils'] as const).map((f) => ({
      name: t(`contingent.fields.${f}`),
      type: 'bar',
      data: ordered.map((c) => c[f]),
    })),
  };
  return (
    <div aria-label={t('contingent.chart')} role="img">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 260 }} notMerge />
    </div>
  );
}

interface Values {
  startYear: number;
  pupils: number | string;
  teachers: number | string;
  youngTeachers: number | string;
  additionalPupils: number | string;
}

function ContingentForm({
  schoolId,
  existing,
  onDone,
}: {
  schoolId: string;
  existing: Contingent | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const put = usePutContingent(schoolId);
  const form = useForm<Values>({
    initialValues: {
      startYear: existing?.startYear ?? currentStartYear(),
      pupils: existing?.pupils ?? '',
      teachers: existing?.teachers ?? '',
      youngTeachers: existing?.youngTeachers ?? '',
      additionalPupils: existing?.additionalPupils ?? '',
    },
    validate: Object.fromEntries(
      FIELDS.map((f) => [f, (value: number | string) => (value === '' ? 'Заполните поле' : null)]),
    ),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await put.mutateAsync({
        startYear: v.startYear,
        body: {
          pupils: Number(v.pupils),
          teachers: Number(v.teachers),
          youngTeachers: Number(v.youngTeachers),
          additionalPupils: Number(v.additionalPupils),
          version: existing?.version,
        },
      });
      notifications.show({ color: 'green', message: t('common.saved') });
      onDone();
    } catch (error) {
      showSaveError(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <NumberInput
          label={t('contingent.fields.startYear')}
          disabled={existing !== null}
          min={2000}
          max={2100}
          {...form.getInputProps('startYear')}
        />
        {FIELDS.map((f) => (
          <NumberInput key={f} label={t(`contingent.fields.${f}`)} min={0} {...form.getInputProps(f)} />
        ))}
        <Button type="submit" loading={put.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
