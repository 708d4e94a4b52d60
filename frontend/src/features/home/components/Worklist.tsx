import {
  Anchor,
  Badge,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { formatDate } from '../../../lib/dates';
import { useWorklist, WORK_KINDS, type WorkItem, type WorkKind } from '../api';

/**
 * The curator's home: what waits in the school today, a card per kind with its count (a card narrows the list to
 * its kind, a second click shows everything again) and the items, each leading to its pair.
 */
export function Worklist({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const worklist = useWorklist(schoolId);
  const [kind, setKind] = useState<WorkKind | null>(null);
  const data = worklist.data;
  const count = (k: WorkKind) => data?.counts.find((c) => c.kind === k)?.count ?? 0;
  const items = data ? data.items.filter((i) => kind === null || i.kind === kind) : [];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="worklist-title">
      <Stack>
        <Title order={2} id="worklist-title">
          {t('home.title')}
        </Title>
        <ErrorAlert error={worklist.error} />
        {worklist.isPending && <Loader role="status" aria-label={t('app.loading')} />}
        {data && data.items.length === 0 && <EmptyState>{t('home.empty')}</EmptyState>}
        {data && data.items.length > 0 && (
          <>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
              {WORK_KINDS.filter((k) => count(k) > 0).map((k) => (
                <UnstyledButton
                  key={k}
                  aria-pressed={kind === k}
                  onClick={() => setKind(kind === k ? null : k)}
                >
                  <Paper withBorder p="sm" bg={kind === k ? 'var(--mantine-primary-color-light)' : undefined}>
                    <Text fz="xl" fw={700}>
                      {count(k)}
                    </Text>
                    <Text size="sm">{t(`home.kinds.${k}`)}</Text>
                  </Paper>
                </UnstyledButton>
              ))}
            </SimpleGrid>
            <Stack
              gap="xs"
              component="ul"
              aria-label={t('home.items')}
              style={{ listStyle: 'none', padding: 0 }}
            >
              {items.map((item) => (
                <Item key={`${item.kind}-${item.refId}`} item={item} />
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Item({ item }: { item: WorkItem }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Anchor component={Link} to={`/mentorships/${item.pair.id}`} fw={500}>
            {t('home.pair', { mentor: item.pair.mentorName, mentees: item.pair.menteeNames.join(', ') })}
          </Anchor>
          <Text size="sm">{item.description}</Text>
        </Stack>
        <Stack gap={2} align="flex-end">
          <Badge variant="light">{t(`home.kinds.${item.kind}`)}</Badge>
          <Text size="sm">{formatDate(item.date)}</Text>
        </Stack>
      </Group>
    </Paper>
  );
}
