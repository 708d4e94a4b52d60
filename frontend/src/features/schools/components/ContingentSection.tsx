import { Button, Group, Loader, Modal, Paper, Stack, Table, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { Chart } from '../../../components/ui/Chart';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { RowActions } from '../../../components/ui/RowActions';
import { useEditor } from '../../../lib/useEditor';
import { useContingents, useDeleteContingent, type Contingent } from '../api';
import { CONTINGENT_FIELDS as FIELDS } from './contingentFields';

// The form is fetched when it is opened: the school's page is the curator's first page after login.
const ContingentForm = lazy(() => import('./ContingentForm'));
const CHART_ID = 'contingent-chart';

export function ContingentSection({ schoolId, editable }: { schoolId: string; editable: boolean }) {
  const { t } = useTranslation();
  const contingents = useContingents(schoolId);
  const remove = useDeleteContingent(schoolId);
  const editor = useEditor<Contingent>();
  // ECharts weighs more than the rest of the page together, so the chart is drawn when asked for.
  const [chartShown, setChartShown] = useState(false);
  const rows = contingents.data ?? [];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="contingent-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} id="contingent-title">
            {t('contingent.title')}
          </Title>
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
            <Group>
              <Button
                variant="subtle"
                aria-expanded={chartShown}
                aria-controls={CHART_ID}
                onClick={() => setChartShown((shown) => !shown)}
              >
                {chartShown ? t('contingent.hideChart') : t('contingent.showChart')}
              </Button>
            </Group>
            {chartShown && (
              <div id={CHART_ID}>
                <ContingentChart rows={rows} />
              </div>
            )}
          </>
        )}
      </Stack>
      <Modal
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing ? editor.editing.academicYear : t('contingent.add')}
      >
        {editor.opened && (
          <Suspense fallback={<Loader />}>
            <ContingentForm schoolId={schoolId} existing={editor.editing} onDone={editor.close} />
          </Suspense>
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
  return <Chart option={option} height={260} label={t('contingent.chart')} />;
}
