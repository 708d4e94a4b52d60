import { Badge, Button, Group, NumberInput, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { describeError } from '../../../lib/api/problem';
import {
  ENTRANT_RESULTS,
  useEntrants,
  useRecordResults,
  useRemoveEntrant,
  type Entrant,
  type EntrantResult,
  type Event,
  type EventScope,
} from '../api';

interface Draft {
  result: EntrantResult | null;
  place: number | null;
  nominationId: string | null;
}

const HIGHLIGHT: Partial<Record<EntrantResult, string>> = {
  WINNER: 'var(--mantine-color-yellow-light)',
  PRIZE_WINNER: 'var(--mantine-color-blue-light)',
};

/**
 * The entrants, winners first and highlighted. The organiser edits each result in place and saves them together;
 * the school of an entrant without a result may withdraw it.
 */
export function EntrantsTable({ scope, event }: { scope: EventScope; event: Event }) {
  const { t } = useTranslation();
  const entrants = useEntrants(scope, event.id);
  const record = useRecordResults(scope, event.id);
  const remove = useRemoveEntrant(scope, event.id);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [document, setDocument] = useState(event.resultsDocument ?? '');
  const editable = event.organiser && event.status !== 'CANCELLED';
  const nominations = event.nominations.map((n) => ({ value: n.id, label: n.title }));
  const draftOf = (e: Entrant): Draft =>
    drafts[e.id] ?? {
      result: e.result ?? null,
      place: e.place ?? null,
      nominationId: e.nominationId ?? null,
    };
  const change = (e: Entrant, patch: Partial<Draft>) =>
    setDrafts((d) => ({ ...d, [e.id]: { ...draftOf(e), ...patch } }));
  const onError = (error: unknown) => notifications.show({ color: 'red', message: describeError(error) });

  const save = () => {
    const items = entrants.data?.items ?? [];
    const results = items
      .filter((e) => drafts[e.id])
      .map((e) => ({
        entrantId: e.id,
        version: e.version,
        result: draftOf(e).result ?? undefined,
        place: draftOf(e).place ?? undefined,
        nominationId: draftOf(e).nominationId ?? undefined,
      }));
    confirmAction(t('events.results.confirm'), t('events.results.save'), () =>
      record.mutate(
        { version: event.version, resultsDocument: document || undefined, results },
        {
          onSuccess: () => {
            setDrafts({});
            notifications.show({ color: 'green', message: t('events.results.saved') });
          },
          onError,
        },
      ),
    );
  };

  const items = entrants.data?.items;
  return (
    <Paper withBorder>
      <ErrorAlert error={entrants.error} />
      <Table aria-label={t('events.entrants.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('events.entrants.fields.who')}</Table.Th>
            <Table.Th>{t('events.entrants.fields.school')}</Table.Th>
            <Table.Th>{t('events.entrants.fields.nomination')}</Table.Th>
            <Table.Th>{t('events.entrants.fields.result')}</Table.Th>
            <Table.Th>{t('events.entrants.fields.place')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entrants.isPending && <LoadingRow columns={6} />}
          {items?.map((e) => {
            const d = draftOf(e);
            const mine = scope.level === 'schools' && e.schoolId === scope.id;
            return (
              <Table.Tr key={e.id} style={{ background: e.result ? HIGHLIGHT[e.result] : undefined }}>
                <Table.Td>
                  <Text size="sm">{e.title ?? t('events.entrants.unnamed')}</Text>
                  <Text size="xs">{t(`events.entrants.kinds.${e.kind}`)}</Text>
                </Table.Td>
                <Table.Td>{e.schoolName}</Table.Td>
                <Table.Td>
                  {editable ? (
                    <Select
                      aria-label={t('events.entrants.fields.nomination')}
                      data={nominations}
                      value={d.nominationId}
                      onChange={(v) => change(e, { nominationId: v })}
                      clearable
                    />
                  ) : (
                    e.nominationTitle
                  )}
                </Table.Td>
                <Table.Td>
                  {editable ? (
                    <Select
                      aria-label={t('events.entrants.fields.result')}
                      placeholder={t('events.results.none')}
                      data={ENTRANT_RESULTS.map((r) => ({ value: r, label: t(`events.results.kinds.${r}`) }))}
                      value={d.result}
                      onChange={(v) =>
                        change(e, { result: v as EntrantResult | null, place: v ? d.place : null })
                      }
                      clearable
                    />
                  ) : (
                    e.result && (
                      <Badge color={e.result === 'PARTICIPANT' ? 'gray' : 'yellow'}>
                        {t(`events.results.kinds.${e.result}`)}
                      </Badge>
                    )
                  )}
                </Table.Td>
                <Table.Td>
                  {editable ? (
                    <NumberInput
                      aria-label={t('events.entrants.fields.place')}
                      min={1}
                      max={100}
                      w={80}
                      disabled={!d.result}
                      value={d.place ?? ''}
                      onChange={(v) => change(e, { place: typeof v === 'number' ? v : null })}
                    />
                  ) : (
                    e.place
                  )}
                </Table.Td>
                <Table.Td>
                  {!e.result && (mine || event.organiser) && event.status === 'ANNOUNCED' && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        confirmAction(
                          t('events.entrants.removeConfirm', {
                            title: e.title ?? t(`events.entrants.kinds.${e.kind}`),
                          }),
                          t('events.entrants.remove'),
                          () =>
                            remove.mutate(e.id, {
                              onSuccess: () =>
                                notifications.show({ color: 'green', message: t('events.entrants.removed') }),
                              onError,
                            }),
                        )
                      }
                    >
                      {t('events.entrants.remove')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {items && items.length === 0 && <EmptyState>{t('events.entrants.empty')}</EmptyState>}
      {editable && items && items.length > 0 && (
        <Group p="md" align="flex-end">
          <TextInput
            label={t('events.results.document')}
            value={document}
            onChange={(ev) => setDocument(ev.currentTarget.value)}
            w={320}
          />
          <Button onClick={save} disabled={Object.keys(drafts).length === 0} loading={record.isPending}>
            {t('events.results.save')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
