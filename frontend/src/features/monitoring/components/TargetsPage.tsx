import { Anchor, Button, Group, Loader, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { academicYearLabel, currentStartYear, formatDate } from '../../../lib/dates';
import { useEditor } from '../../../lib/useEditor';
import type { Me } from '../../me/api';
import { useAllMunicipalities } from '../../municipalities/api';
import { useTargets, type Target } from '../api';
import { formatValue } from '../figures';
import { TargetForm } from './TargetForm';

/** This academic year, the next one (targets are set ahead) and three before. */
function targetYears(): number[] {
  const now = currentStartYear();
  return [now + 1, now, now - 1, now - 2, now - 3];
}

/** The region's targets of an academic year, with the order that set each; the regional coordinator sets them. */
export function TargetsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(currentStartYear());
  const targets = useTargets(me.regionId, year);
  const municipalities = useAllMunicipalities();
  const editor = useEditor<Target>();
  const placeName = (id?: string) =>
    id
      ? (municipalities.data?.items.find((m) => m.id === id)?.name ?? '…')
      : t('monitoring.targets.wholeRegion');
  const rows = targets.data ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('monitoring.targets.title')}</Title>
        <Button onClick={() => editor.start(null)}>{t('monitoring.targets.add')}</Button>
      </Group>
      <Anchor component={Link} to="/monitoring">
        ← {t('nav.monitoring')}
      </Anchor>
      <Text size="sm">{t('monitoring.targets.about')}</Text>
      <Select
        label={t('monitoring.targets.fields.startYear')}
        data={targetYears().map((y) => ({ value: String(y), label: academicYearLabel(y) }))}
        value={String(year)}
        onChange={(v) => v && setYear(Number(v))}
        allowDeselect={false}
        w={160}
      />
      <ErrorAlert error={targets.error} />
      {targets.isPending && <Loader role="status" aria-label={t('app.loading')} />}
      {targets.data && rows.length === 0 && <EmptyState>{t('monitoring.targets.empty')}</EmptyState>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t('monitoring.targets.title')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('monitoring.targets.fields.indicator')}</Table.Th>
                <Table.Th>{t('monitoring.targets.fields.municipalityId')}</Table.Th>
                <Table.Th>{t('monitoring.targets.fields.value')}</Table.Th>
                <Table.Th>{t('monitoring.targets.fields.documentNumber')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((target) => (
                <Table.Tr key={target.id}>
                  <Table.Td>{target.indicatorTitle}</Table.Td>
                  <Table.Td>{placeName(target.municipalityId)}</Table.Td>
                  <Table.Td>{formatValue(target.value, target.unit)}</Table.Td>
                  <Table.Td>
                    {t('monitoring.card.document', {
                      number: target.documentNumber,
                      date: formatDate(target.documentDate),
                    })}
                    {target.documentTitle && ` «${target.documentTitle}»`}
                    <Text size="xs">
                      {t('monitoring.targets.updated', {
                        who: target.updatedBy,
                        when: formatDate(target.updatedAt),
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={t('monitoring.targets.edit', { indicator: target.indicatorTitle })}
                      onClick={() => editor.start(target)}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={editor.opened}
        onClose={editor.close}
        title={
          editor.editing
            ? t('monitoring.targets.edit', { indicator: editor.editing.indicatorTitle })
            : t('monitoring.targets.add')
        }
      >
        {editor.opened && (
          <TargetForm
            regionId={me.regionId}
            years={targetYears()}
            startYear={year}
            existing={editor.editing}
            onDone={editor.close}
          />
        )}
      </Modal>
    </Stack>
  );
}
