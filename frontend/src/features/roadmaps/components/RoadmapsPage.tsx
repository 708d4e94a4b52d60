import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { confirmAction } from '../../../components/ui/confirm';
import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { Pager } from '../../../components/ui/Pager';
import { describeError } from '../../../lib/api/problem';
import { academicYearLabel, currentStartYear } from '../../../lib/dates';
import { useListControls } from '../../../lib/useListControls';
import { levelBelow, roadmapsPath, useDeleteRoadmap, useProgress, useRoadmaps, type Owner } from '../api';
import { Approval } from './Approval';
import { CreateRoadmapDialog } from './CreateRoadmapDialog';
import { ProgressLine } from './ProgressLine';
import { ProgressTable } from './ProgressTable';

/** The years a coordinator looks at: the one under way, the two before it and the next. */
function yearChoices(): { value: string; label: string }[] {
  const now = currentStartYear();
  return [now + 1, now, now - 1, now - 2].map((y) => ({ value: String(y), label: academicYearLabel(y) }));
}

interface Props {
  owner: Owner;
  /** The owner's own users write; the level above reads. */
  editable: boolean;
}

/**
 * An owner's roadmaps by academic year with their progress. On the user's own page, the level below's progress
 * for a year follows: the municipality's schools, the region's municipalities.
 */
export function RoadmapsPage({ owner, editable }: Props) {
  const { t } = useTranslation();
  const { page, size, pager } = useListControls();
  const list = useRoadmaps(owner, page, size);
  const [creating, { open, close }] = useDisclosure(false);
  const remove = useDeleteRoadmap(owner);
  const name = list.data?.items[0]?.ownerName;
  const below = editable ? levelBelow(owner.level) : null;
  return (
    <Stack>
      {!editable && (
        <Anchor component={Link} to="/roadmaps">
          ← {t('roadmaps.back')}
        </Anchor>
      )}
      <Group justify="space-between">
        <Title order={1}>{editable || !name ? t('roadmaps.title') : t('roadmaps.titleOf', { name })}</Title>
        {editable && <Button onClick={open}>{t('roadmaps.add')}</Button>}
      </Group>
      <Text size="sm">{t('roadmaps.intro')}</Text>
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <Table striped highlightOnHover aria-label={t('roadmaps.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('roadmaps.year')}</Table.Th>
              <Table.Th>{t('roadmaps.name')}</Table.Th>
              <Table.Th>{t('roadmaps.approval')}</Table.Th>
              <Table.Th>{t('roadmaps.progress')}</Table.Th>
              {editable && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow columns={editable ? 5 : 4} />}
            {list.data?.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.yearLabel}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`${roadmapsPath(owner, editable)}/${r.id}`}>
                    {r.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Approval roadmap={r} />
                </Table.Td>
                <Table.Td>
                  <ProgressLine counts={r.progress} label={r.title} />
                </Table.Td>
                {editable && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        confirmAction(
                          t('roadmaps.deleteConfirm', { title: r.title, year: r.yearLabel }),
                          t('common.delete'),
                          () =>
                            remove.mutate(r.id, {
                              onSuccess: () =>
                                notifications.show({ color: 'green', message: t('roadmaps.deleted') }),
                              onError: (error) =>
                                notifications.show({ color: 'red', message: describeError(error) }),
                            }),
                        )
                      }
                    >
                      {t('common.delete')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && (
          <EmptyState>{t(editable ? 'roadmaps.empty' : 'roadmaps.emptyBelow')}</EmptyState>
        )}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
      {below && <BelowProgress owner={owner} />}
      {editable && <CreateRoadmapDialog owner={owner} opened={creating} onClose={close} />}
    </Stack>
  );
}

/** The level below's progress for the chosen year. */
function BelowProgress({ owner }: { owner: Owner }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(String(currentStartYear()));
  const progress = useProgress(owner, Number(year));
  return (
    <Paper withBorder p="md">
      <Stack>
        <Select
          label={t('roadmaps.year')}
          data={yearChoices()}
          value={year}
          onChange={(v) => v && setYear(v)}
          allowDeselect={false}
          w={160}
        />
        <ErrorAlert error={progress.error} />
        {progress.data && <ProgressTable progress={progress.data} />}
      </Stack>
    </Paper>
  );
}
