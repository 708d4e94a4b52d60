import { ActionIcon, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import { formatSize, type PublishedPractice } from '../api';
import { PracticeStatusBadge } from './PracticeStatusBadge';

type Material = PublishedPractice['attachments'][number];

/**
 * A practice exactly as the municipality and the region see it: no participant's data beyond the names their
 * consent allows, and only the materials everyone in them allowed.
 */
export function PublishedPracticeDetails({
  practice,
  onDownload,
  titleOrder = 2,
}: {
  practice: PublishedPractice;
  onDownload: (material: Material) => Promise<void>;
  /** The page's own heading on the practice's page; a section's inside the curator's preview. */
  titleOrder?: 1 | 2;
}) {
  const { t } = useTranslation();
  const download = (m: Material) =>
    void onDownload(m).catch((e: unknown) => notifications.show({ color: 'red', message: describeError(e) }));
  return (
    <Stack>
      <Stack gap={4}>
        <Title order={titleOrder}>{practice.title}</Title>
        <Group gap="xs">
          <PracticeStatusBadge status={practice.status} />
          <Text size="sm">
            {practice.schoolName} · {practice.municipalityName}
          </Text>
        </Group>
      </Stack>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t('recognition.practices.fields.form')} value={t(`forms.${practice.form}`)} />
          <Fact
            label={t('recognition.practices.fields.kind')}
            value={t(`mentorshipKinds.${practice.kind}`)}
          />
          <Fact label={t('recognition.practices.fields.menteeCount')} value={String(practice.menteeCount)} />
          {practice.startedOn && practice.endedOn && (
            <Fact
              label={t('mentorships.term')}
              value={t('recognition.practices.term', {
                from: formatDate(practice.startedOn),
                to: formatDate(practice.endedOn),
              })}
            />
          )}
          {practice.submittedAt && (
            <Fact
              label={t('recognition.practices.fields.submittedAt')}
              value={formatDate(practice.submittedAt) ?? ''}
            />
          )}
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('recognition.practices.fields.description')}</Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{practice.description}</Text>
          <Title order={4}>{t('recognition.practices.fields.results')}</Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{practice.results}</Text>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('recognition.published.people')}</Title>
          {practice.people.length === 0 ? (
            <Text size="sm">{t('recognition.published.nobodyNamed')}</Text>
          ) : (
            <List aria-label={t('recognition.published.people')}>
              {practice.people.map((p) => (
                <List.Item key={`${p.role}-${p.fullName}`}>
                  {p.fullName}{' '}
                  <Badge size="xs" variant="light">
                    {t(`recognition.roles.${p.role}`)}
                  </Badge>
                </List.Item>
              ))}
            </List>
          )}
          <Title order={4}>{t('recognition.published.materials')}</Title>
          {practice.attachments.length === 0 ? (
            <Text size="sm">{t('recognition.published.noMaterials')}</Text>
          ) : (
            <Stack gap="xs">
              {practice.attachments.map((m) => (
                <Group key={m.id} gap="xs">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('recognition.attachments.download', { name: m.fileName })}
                    onClick={() => download(m)}
                  >
                    ↓
                  </ActionIcon>
                  <Text size="sm">
                    {m.title} · {formatSize(m.size)}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
}
