import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { ApiError, describeError } from '../../../lib/api/problem';
import { showSaveError } from '../../../lib/forms';
import {
  useDecision,
  type MatchProposal,
  type MatchRunDetail,
  type MatchScope,
  type ProposalStatus,
} from '../api';
import { Explanation } from './Explanation';
import { PersonCell } from './PersonCell';
import { checkSwap, plusMonths } from './runLogic';

const STATUS_COLORS: Record<ProposalStatus, string> = {
  PROPOSED: 'yellow',
  ACCEPTED: 'green',
  REJECTED: 'gray',
  VOID: 'red',
};

interface Props {
  scope: MatchScope;
  detail: MatchRunDetail;
  onAccepted: (count: number) => void;
}

/** The run's proposals with their explanations; the curator accepts, rejects or swaps them, one or many. */
export function ProposalsTable({ scope, detail, onAccepted }: Props) {
  const { t } = useTranslation();
  const decision = useDecision(scope, detail.run.id);
  const [selected, setSelected] = useState<string[]>([]);
  const [open, setOpen] = useState<string[]>([]);
  const [accepting, setAccepting] = useState<string[] | null>(null);
  const [rejecting, setRejecting] = useState<string[] | null>(null);
  const proposals = detail.proposals;
  const pending = proposals.filter((p) => p.status === 'PROPOSED');
  const chosen = proposals.filter((p) => selected.includes(p.id));
  const swap = checkSwap(chosen);
  const municipal = scope.kind === 'municipality';

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const toggleOpen = (id: string) =>
    setOpen((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  const askSwap = () => {
    if (!swap.ok) {
      return;
    }
    const { first, second } = swap;
    modals.openConfirmModal({
      title: t('matching.swap'),
      children: (
        <Text size="sm">
          {t('matching.swapConfirm', {
            a: first.mentor.fullName,
            b: second.mentor.fullName,
            x: first.mentee.fullName,
            y: second.mentee.fullName,
          })}
        </Text>
      ),
      labels: { confirm: t('matching.swap'), cancel: t('common.cancel') },
      onConfirm: () =>
        decision
          .mutateAsync({ action: 'swap', body: { first: first.id, second: second.id } })
          .then(() => {
            setSelected([]);
            notifications.show({ color: 'green', message: t('matching.swapDone') });
          })
          .catch((e) => notifications.show({ color: 'red', message: describeError(e) })),
    });
  };

  if (proposals.length === 0) {
    return (
      <Paper withBorder>
        <EmptyState>{t('matching.noProposals')}</EmptyState>
      </Paper>
    );
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm">{t('matching.selected', { count: selected.length })}</Text>
        <Group gap="xs">
          <Button size="xs" disabled={selected.length === 0} onClick={() => setAccepting(selected)}>
            {t('matching.acceptSelected')}
          </Button>
          <Button
            size="xs"
            variant="light"
            color="red"
            disabled={selected.length === 0}
            onClick={() => setRejecting(selected)}
          >
            {t('matching.rejectSelected')}
          </Button>
          <Tooltip label={swap.ok ? t('matching.swapHint') : t(`matching.${swap.reason}`)}>
            {/* Unavailable but focusable, so that a keyboard user can reach the tooltip that says why. */}
            <Button
              size="xs"
              variant="default"
              data-disabled={!swap.ok || undefined}
              aria-disabled={!swap.ok}
              onClick={askSwap}
            >
              {t('matching.swap')}
            </Button>
          </Tooltip>
        </Group>
      </Group>
      <Paper withBorder>
        <Table aria-label={t('matching.proposals')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('matching.proposals')}
                  checked={pending.length > 0 && selected.length === pending.length}
                  indeterminate={selected.length > 0 && selected.length < pending.length}
                  onChange={(e) => setSelected(e.currentTarget.checked ? pending.map((p) => p.id) : [])}
                />
              </Table.Th>
              <Table.Th>{t('matching.mentor')}</Table.Th>
              <Table.Th>{t('matching.mentee')}</Table.Th>
              <Table.Th w={200}>{t('matching.score')}</Table.Th>
              <Table.Th>{t('matching.status')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {proposals.map((p) => (
              <Fragment key={p.id}>
                <ProposalRow
                  proposal={p}
                  max={detail.run.maxPairScore}
                  municipal={municipal}
                  selected={selected.includes(p.id)}
                  expanded={open.includes(p.id)}
                  onSelect={(on) => toggle(p.id, on)}
                  onExpand={() => toggleOpen(p.id)}
                  onAccept={() => setAccepting([p.id])}
                  onReject={() => setRejecting([p.id])}
                />
                {open.includes(p.id) && (
                  <Table.Tr>
                    <Table.Td />
                    <Table.Td colSpan={5}>
                      <Explanation explanation={p.explanation} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <AcceptDialog
        ids={accepting}
        onClose={() => setAccepting(null)}
        onSubmit={async (body) => {
          await decision.mutateAsync({ action: 'accept', body });
          setSelected((s) => s.filter((id) => !body.proposalIds.includes(id)));
          onAccepted(body.proposalIds.length);
        }}
      />
      <RejectDialog
        ids={rejecting}
        onClose={() => setRejecting(null)}
        onSubmit={async (body) => {
          await decision.mutateAsync({ action: 'reject', body });
          setSelected((s) => s.filter((id) => !body.proposalIds.includes(id)));
          notifications.show({ message: t('matching.rejected', { count: body.proposalIds.length }) });
        }}
      />
    </Stack>
  );
}

interface RowProps {
  proposal: MatchProposal;
  max: number;
  municipal: boolean;
  selected: boolean;
  expanded: boolean;
  onSelect: (on: boolean) => void;
  onExpand: () => void;
  onAccept: () => void;
  onReject: () => void;
}

function ProposalRow(props: RowProps) {
  const { t } = useTranslation();
  const { proposal: p, max } = props;
  const pending = p.status === 'PROPOSED';
  const label = `${p.mentor.fullName ?? ''} — ${p.mentee.fullName ?? ''}`;
  return (
    <Table.Tr>
      <Table.Td>
        {pending && (
          <Checkbox
            aria-label={label}
            checked={props.selected}
            onChange={(e) => props.onSelect(e.currentTarget.checked)}
          />
        )}
      </Table.Td>
      <Table.Td>
        <PersonCell person={p.mentor} withSchool={props.municipal} />
      </Table.Td>
      <Table.Td>
        <PersonCell person={p.mentee} withSchool={props.municipal} />
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Progress
            value={max === 0 ? 0 : (100 * p.score) / max}
            aria-label={`${t('matching.score')}: ${label}`}
          />
          <Group gap={4}>
            <Text size="xs" c="dimmed">
              {t('matching.scoreValue', { score: p.score, max })}
            </Text>
            {p.swapped && (
              <Badge size="xs" variant="outline">
                {t('matching.swapped')}
              </Badge>
            )}
          </Group>
          <Anchor component="button" type="button" size="xs" onClick={props.onExpand}>
            {props.expanded ? t('matching.hideExplanation') : t('matching.explain')}
          </Anchor>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Badge color={STATUS_COLORS[p.status]} variant="light">
            {t(`proposalStatus.${p.status}`)}
          </Badge>
          {p.decisionNote && (
            <Text size="xs" c="dimmed">
              {p.decisionNote}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        {pending && (
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-xs"
              onClick={props.onAccept}
              aria-label={`${t('matching.accept')}: ${label}`}
            >
              {t('matching.accept')}
            </Button>
            <Button
              size="compact-xs"
              variant="light"
              color="red"
              onClick={props.onReject}
              aria-label={`${t('matching.reject')}: ${label}`}
            >
              {t('matching.reject')}
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface TermValues {
  plannedStart: string;
  plannedEnd: string;
}

function AcceptDialog({
  ids,
  onClose,
  onSubmit,
}: {
  ids: string[] | null;
  onClose: () => void;
  onSubmit: (body: { proposalIds: string[]; plannedStart: string; plannedEnd: string }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<unknown>(null);
  const start = today();
  const form = useForm<TermValues>({
    initialValues: { plannedStart: start, plannedEnd: plusMonths(start, 9) },
    validate: {
      plannedStart: (v) => (v ? null : t('matching.validation.date')),
      plannedEnd: (v, values) =>
        !v
          ? t('matching.validation.date')
          : v <= values.plannedStart
            ? t('matching.validation.endAfterStart')
            : null,
    },
  });
  const submit = form.onSubmit(async (values) => {
    if (!ids) {
      return;
    }
    setRefusal(null);
    try {
      await onSubmit({ proposalIds: ids, ...values });
      onClose();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors()).length > 0) {
        showSaveError(form, error);
      } else {
        setRefusal(error);
      }
    }
  });
  const close = () => {
    setRefusal(null);
    onClose();
  };
  return (
    <Modal opened={ids !== null} onClose={close} title={t('matching.acceptTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('matching.acceptHint')}</Text>
          <ErrorAlert error={refusal} />
          <Text size="sm" fw={500}>
            {t('matching.selected', { count: ids?.length ?? 0 })}
          </Text>
          <TextInput
            type="date"
            label={t('mentorships.fields.plannedStart')}
            withAsterisk
            {...form.getInputProps('plannedStart')}
          />
          <TextInput
            type="date"
            label={t('mentorships.fields.plannedEnd')}
            withAsterisk
            {...form.getInputProps('plannedEnd')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('matching.accept')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface RejectValues {
  reason: string;
  exclude: boolean;
}

function RejectDialog({
  ids,
  onClose,
  onSubmit,
}: {
  ids: string[] | null;
  onClose: () => void;
  onSubmit: (body: { proposalIds: string[]; reason?: string; exclude: boolean }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<unknown>(null);
  const form = useForm<RejectValues>({ initialValues: { reason: '', exclude: false } });
  const submit = form.onSubmit(async (values) => {
    if (!ids) {
      return;
    }
    setRefusal(null);
    try {
      await onSubmit({
        proposalIds: ids,
        reason: values.reason.trim() || undefined,
        exclude: values.exclude,
      });
      form.reset();
      onClose();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors()).length > 0) {
        showSaveError(form, error);
      } else {
        setRefusal(error);
      }
    }
  });
  const close = () => {
    setRefusal(null);
    onClose();
  };
  return (
    <Modal opened={ids !== null} onClose={close} title={t('matching.rejectTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={refusal} />
          <Text size="sm" fw={500}>
            {t('matching.selected', { count: ids?.length ?? 0 })}
          </Text>
          <TextInput label={t('matching.rejectReason')} {...form.getInputProps('reason')} />
          <Checkbox
            label={t('matching.excludeAgain')}
            description={t('matching.excludeHint')}
            {...form.getInputProps('exclude', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={form.submitting}>
              {t('matching.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
