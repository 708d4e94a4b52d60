import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { confirmAction } from '../../../components/ui/confirm';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import { useCancelEvent, useDeleteEvent, useEvent, type EventScope } from '../api';
import { EntrantDialog } from './EntrantDialog';
import { EntrantsTable } from './EntrantsTable';
import { EventDialog } from './EventDialog';
import { StatusBadge } from './StatusBadge';

/** An event with its nominations, entrants and results; its organiser changes it and sums up its results. */
export function EventPage({ scope }: { scope: EventScope }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const event = useEvent(scope, id);
  const cancel = useCancelEvent(scope);
  const remove = useDeleteEvent(scope);
  const [editing, editor] = useDisclosure(false);
  const [entering, entry] = useDisclosure(false);
  const onError = (error: unknown) => notifications.show({ color: 'red', message: describeError(error) });
  const e = event.data;
  return (
    <Stack>
      <Anchor component={Link} to="/events">
        {t('events.back')}
      </Anchor>
      <ErrorAlert error={event.error} />
      {e && (
        <>
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Title order={1}>{e.title}</Title>
              <Group gap="xs">
                <Badge variant="light">{t(`events.kinds.${e.kind}`)}</Badge>
                <StatusBadge status={e.status} />
                <Text size="sm">
                  {formatDate(e.startsOn)} – {formatDate(e.endsOn)}
                </Text>
              </Group>
              <Text size="sm">
                {t('events.organiser')}: {e.organiserName}
              </Text>
            </Stack>
            {e.organiser && (
              <Group>
                {e.status !== 'CANCELLED' && <Button onClick={editor.open}>{t('events.edit')}</Button>}
                {e.status === 'ANNOUNCED' && (
                  <Button
                    variant="default"
                    onClick={() =>
                      confirmAction(t('events.cancelConfirm', { title: e.title }), t('events.cancel'), () =>
                        cancel.mutate(e, {
                          onSuccess: () =>
                            notifications.show({ color: 'green', message: t('events.cancelled') }),
                          onError,
                        }),
                      )
                    }
                  >
                    {t('events.cancel')}
                  </Button>
                )}
                {e.status !== 'COMPLETED' && (
                  <Button
                    color="red"
                    variant="subtle"
                    onClick={() =>
                      confirmAction(t('events.deleteConfirm', { title: e.title }), t('events.delete'), () =>
                        remove.mutate(e.id, { onSuccess: () => navigate('/events'), onError }),
                      )
                    }
                  >
                    {t('events.delete')}
                  </Button>
                )}
              </Group>
            )}
          </Group>
          {e.description && <Text style={{ whiteSpace: 'pre-line' }}>{e.description}</Text>}
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="xs">
              {t('events.nominations')}
            </Title>
            {e.nominations.length === 0 ? (
              <Text size="sm">{t('events.noNominations')}</Text>
            ) : (
              <Group gap="xs">
                {e.nominations.map((n) => (
                  <Badge key={n.id} variant="outline">
                    {n.title}
                  </Badge>
                ))}
              </Group>
            )}
            {e.resultsDocument && (
              <Text size="sm" mt="sm">
                {t('events.resultsDocument')}: {e.resultsDocument}
              </Text>
            )}
          </Paper>
          <Group justify="space-between">
            <Title order={2} size="h3">
              {t('events.entrants.title')}
            </Title>
            {e.status === 'ANNOUNCED' && (scope.level === 'schools' || e.organiser) && (
              <Button onClick={entry.open}>{t('events.entrants.add')}</Button>
            )}
          </Group>
          <EntrantsTable scope={scope} event={e} />
          <EventDialog scope={scope} opened={editing} onClose={editor.close} event={e} />
          <EntrantDialog scope={scope} event={e} opened={entering} onClose={entry.close} />
        </>
      )}
    </Stack>
  );
}
