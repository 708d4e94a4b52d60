import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDate } from '../../../lib/dates';
import { roadmapsPath, type RoadmapProgress } from '../api';
import { ProgressLine } from './ProgressLine';

/**
 * The level below's roadmaps for the year: a municipality's schools or the region's municipalities, each with a bar
 * of done of total and its overdue items; for the region, the schools of each municipality beside it.
 */
export function ProgressTable({ progress }: { progress: RoadmapProgress }) {
  const { t } = useTranslation();
  const regional = progress.level === 'REGION';
  const below = regional ? 'MUNICIPALITY' : 'SCHOOL';
  const label = t('roadmaps.progressTable.titleYear', {
    year: `${progress.startYear}/${progress.startYear + 1}`,
  });
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {label}
      </Title>
      <Text size="sm">{t('roadmaps.progressTable.asOf', { date: formatDate(progress.asOf) })}</Text>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`roadmaps.below.${below}`)}</Table.Th>
            <Table.Th>{t('roadmaps.progressTable.done')}</Table.Th>
            <Table.Th>{t('roadmaps.progressTable.overdue')}</Table.Th>
            {regional && <Table.Th>{t('roadmaps.below.SCHOOL')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {progress.units.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={roadmapsPath({ level: u.level, id: u.id }, false)}
                  aria-label={t('roadmaps.progressTable.open', { name: u.name })}
                >
                  {u.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {u.hasRoadmap ? (
                  <ProgressLine counts={u.progress} label={u.name} />
                ) : (
                  <Text size="sm">{t('roadmaps.progressTable.noRoadmap')}</Text>
                )}
              </Table.Td>
              <Table.Td
                fw={u.progress.overdue > 0 ? 700 : undefined}
                c={u.progress.overdue > 0 ? 'red.9' : undefined}
              >
                {u.progress.overdue}
              </Table.Td>
              {regional && (
                <Table.Td>
                  {u.schools && (
                    <Text size="sm">
                      {t('roadmaps.progressTable.withRoadmap', {
                        with: u.schools.withRoadmap,
                        schools: u.schools.schools,
                      })}
                      <br />
                      {t('roadmaps.progressTable.schoolsLine', u.schools.progress)}
                    </Text>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {regional && progress.schools && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('roadmaps.progressTable.total')}</Table.Th>
              <Table.Td colSpan={2}>
                {t('roadmaps.progressTable.withRoadmap', {
                  with: progress.schools.withRoadmap,
                  schools: progress.schools.schools,
                })}
              </Table.Td>
              <Table.Td>{t('roadmaps.progressTable.schoolsLine', progress.schools.progress)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Stack>
  );
}
