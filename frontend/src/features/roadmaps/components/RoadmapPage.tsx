import {
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';

import { confirmAction } from '../../../components/ui/confirm';
import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import { Pager } from '../../../components/ui/Pager';
import { RowActions } from '../../../components/ui/RowActions';
import { describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import { useEditor } from '../../../lib/useEditor';
import { useListControls } from '../../../lib/useListControls';
import {
  ITEM_STATUSES,
  STAGES,
  downloadEvidence,
  downloadRoadmap,
  roadmapKeys,
  roadmapsPath,
  useDeleteEvidence,
  useDeleteItem,
  useItems,
  useRoadmap,
  useSaveItem,
  useUploadEvidence,
  type ItemStatus,
  type Owner,
  type RoadmapFormat,
  type RoadmapItem,
} from '../api';
import { withStatus } from '../itemForm';
import { Approval } from './Approval';
import { ItemDialog } from './ItemDialog';
import { ProgressLine } from './ProgressLine';

const STATUS_COLORS: Record<ItemStatus, string> = {
  PLANNED: 'gray',
  IN_PROGRESS: 'blue',
  DONE: 'green',
  CANCELLED: 'dark',
};

const EVIDENCE_FILES = '.pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png';
const COLUMNS = 8;

/** What another feature puts on the page: the upload of a table into the roadmap. */
export type RoadmapUploadSlot = (props: {
  owner: Owner;
  roadmapId: string;
  onApplied: () => void;
}) => ReactNode;

interface Props {
  owner: Owner;
  /** The owner's own users write; the level above reads. */
  editable: boolean;
  upload?: RoadmapUploadSlot;
}

/** A roadmap as the seeds lay it out: its items by stage, with deadlines, the overdue flagged, and their evidence. */
export function RoadmapPage({ owner, editable, upload }: Props) {
  const { t } = useTranslation();
  const { roadmapId = '' } = useParams();
  const roadmap = useRoadmap(owner, roadmapId);
  const [search, setSearch] = useSearchParams();
  const overdue = search.get('overdue') === '1';
  const [status, setStatus] = useState<ItemStatus | null>(null);
  const [stage, setStage] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const { page, setPage, size, filter, pager } = useListControls('', 50);
  const items = useItems(owner, roadmapId, {
    overdue: overdue || undefined,
    status: status ?? undefined,
    stage: stage ? Number(stage) : undefined,
    q: q || undefined,
    page,
    size,
  });
  const editor = useEditor<RoadmapItem>();
  const [uploading, setUploading] = useState(false);
  const qc = useQueryClient();
  const onApplied = useCallback(() => void qc.invalidateQueries({ queryKey: roadmapKeys.all }), [qc]);
  const r = roadmap.data;

  const setOverdue = (value: boolean) => {
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) {
          next.set('overdue', '1');
        } else {
          next.delete('overdue');
        }
        return next;
      },
      { replace: true },
    );
    setPage(0);
  };

  const download = async (format: RoadmapFormat) => {
    try {
      await downloadRoadmap(owner, roadmapId, format);
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.exportFailed'), message: describeError(error) });
    }
  };

  return (
    <Stack>
      <Anchor component={Link} to={roadmapsPath(owner, editable)}>
        ← {t('roadmaps.back')}
      </Anchor>
      <ErrorAlert error={roadmap.error} />
      {r && (
        <>
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Title order={1}>{r.title}</Title>
              <Text>
                {r.ownerName} · {t('roadmaps.year')} {r.yearLabel}
              </Text>
              <Text size="sm">
                {t('roadmaps.approval')}: <Approval roadmap={r} />
              </Text>
            </Stack>
            <Group>
              <Button variant="default" onClick={() => void download('xlsx')}>
                {t('roadmaps.export.xlsx')}
              </Button>
              <Button variant="default" onClick={() => void download('docx')}>
                {t('roadmaps.export.docx')}
              </Button>
            </Group>
          </Group>
          <ProgressLine counts={r.progress} label={r.title} />
          {!editable && <Text size="sm">{t('roadmaps.readOnly')}</Text>}
        </>
      )}
      {editable && (
        <Group>
          <Button onClick={() => editor.start(null)}>{t('roadmaps.items.add')}</Button>
          {upload && (
            <Button variant="default" onClick={() => setUploading((u) => !u)} aria-expanded={uploading}>
              {t(uploading ? 'roadmaps.hideUpload' : 'roadmaps.upload')}
            </Button>
          )}
        </Group>
      )}
      {editable && upload && uploading && (
        <Paper withBorder p="md">
          {upload({ owner, roadmapId, onApplied })}
        </Paper>
      )}
      <Group align="flex-end">
        <SegmentedControl
          aria-label={t('roadmaps.filter.label')}
          value={overdue ? 'overdue' : 'all'}
          onChange={(v) => setOverdue(v === 'overdue')}
          data={[
            { value: 'all', label: t('roadmaps.filter.all') },
            { value: 'overdue', label: t('roadmaps.filter.overdue') },
          ]}
        />
        <Select
          label={t('roadmaps.filter.status')}
          placeholder={t('roadmaps.filter.allStatuses')}
          data={ITEM_STATUSES.map((s) => ({ value: s, label: t(`roadmaps.statuses.${s}`) }))}
          value={status}
          onChange={(v) => filter(setStatus)(v as ItemStatus | null)}
          clearable
          w={200}
        />
        <Select
          label={t('roadmaps.filter.stage')}
          placeholder={t('roadmaps.filter.allStages')}
          data={STAGES.map((s) => ({ value: String(s), label: t(`roadmaps.stages.${s}`) }))}
          value={stage}
          onChange={filter(setStage)}
          clearable
          w={300}
        />
        <TextInput
          label={t('common.search')}
          placeholder={t('roadmaps.filter.search')}
          value={text}
          onChange={(e) => filter(setText)(e.currentTarget.value)}
          w={300}
        />
      </Group>
      <ErrorAlert error={items.error} />
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <ItemsTable
          owner={owner}
          roadmapId={roadmapId}
          items={items.data?.items}
          loading={items.isPending}
          editable={editable}
          onEdit={editor.start}
        />
        {items.data && items.data.items.length === 0 && (
          <EmptyState>{t(overdue ? 'roadmaps.items.emptyOverdue' : 'roadmaps.items.empty')}</EmptyState>
        )}
      </Paper>
      {items.data && <Pager total={items.data.total} {...pager} />}
      {editable && (
        <ItemDialog
          owner={owner}
          roadmapId={roadmapId}
          opened={editor.opened}
          onClose={editor.close}
          item={editor.editing}
        />
      )}
    </Stack>
  );
}

interface TableProps {
  owner: Owner;
  roadmapId: string;
  items: RoadmapItem[] | undefined;
  loading: boolean;
  editable: boolean;
  onEdit: (item: RoadmapItem) => void;
}

/** The items, each stage named once above its items as the seeds print them. */
function ItemsTable({ owner, roadmapId, items, loading, editable, onEdit }: TableProps) {
  const { t } = useTranslation();
  const remove = useDeleteItem(owner, roadmapId);
  const save = useSaveItem(owner, roadmapId);
  const changeStatus = (item: RoadmapItem, status: ItemStatus) =>
    save.mutate(
      { itemId: item.id, body: withStatus(item, status) },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('roadmaps.items.statusSaved') }),
        onError: (error) => notifications.show({ color: 'red', message: describeError(error) }),
      },
    );
  return (
    <Table aria-label={t('roadmaps.items.title')} verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('roadmaps.fields.activity')}</Table.Th>
          <Table.Th>{t('roadmaps.fields.content')}</Table.Th>
          <Table.Th>{t('roadmaps.fields.deadline')}</Table.Th>
          <Table.Th>{t('roadmaps.fields.responsible')}</Table.Th>
          <Table.Th>{t('roadmaps.fields.resultAndDocument')}</Table.Th>
          <Table.Th>{t('roadmaps.fields.status')}</Table.Th>
          <Table.Th>{t('roadmaps.fields.completionNote')}</Table.Th>
          <Table.Th>{editable ? t('common.actions') : t('roadmaps.fields.evidence')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {loading && <LoadingRow columns={COLUMNS} />}
        {items?.map((item, index) => (
          <Fragment key={item.id}>
            {item.stage !== items[index - 1]?.stage && (
              <Table.Tr>
                <Table.Th colSpan={COLUMNS} scope="colgroup" bg="var(--mantine-color-gray-1)">
                  {t(`roadmaps.stages.${item.stage}`)}
                </Table.Th>
              </Table.Tr>
            )}
            <Table.Tr data-overdue={item.overdue || undefined}>
              <Table.Td fw={600}>{item.activity}</Table.Td>
              <Table.Td>
                <Text size="sm">{item.content}</Text>
              </Table.Td>
              <Table.Td miw={130}>
                <Stack gap={4} align="flex-start">
                  <Text size="sm">{item.deadline.label}</Text>
                  {item.overdue && (
                    <Badge color="red" variant="filled" tt="none" style={{ overflow: 'visible' }}>
                      {t('roadmaps.items.overdue')}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.responsible}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.result}</Text>
                {item.resultDocument && (
                  <Text size="sm" fs="italic">
                    {item.resultDocument}
                  </Text>
                )}
              </Table.Td>
              <Table.Td miw={160}>
                {editable ? (
                  <Select
                    aria-label={t('roadmaps.items.statusOf', { activity: item.activity })}
                    data={ITEM_STATUSES.map((s) => ({ value: s, label: t(`roadmaps.statuses.${s}`) }))}
                    value={item.status}
                    onChange={(v) => v && v !== item.status && changeStatus(item, v as ItemStatus)}
                    allowDeselect={false}
                    size="xs"
                  />
                ) : (
                  <Badge color={STATUS_COLORS[item.status]} variant="light">
                    {t(`roadmaps.statuses.${item.status}`)}
                  </Badge>
                )}
                {item.status === 'DONE' && item.doneOn && (
                  <Text size="xs" mt={4}>
                    {t('roadmaps.items.doneOn', { date: formatDate(item.doneOn) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  {item.completionNote && <Text size="sm">{item.completionNote}</Text>}
                  {item.evidenceUrl && (
                    <Anchor href={item.evidenceUrl} target="_blank" rel="noreferrer" size="sm">
                      {t('roadmaps.items.evidenceLink')}
                    </Anchor>
                  )}
                  <Evidence owner={owner} roadmapId={roadmapId} item={item} editable={editable} />
                </Stack>
              </Table.Td>
              {editable ? (
                <RowActions
                  onEdit={() => onEdit(item)}
                  deleteQuestion={t('roadmaps.items.deleteConfirm', { activity: item.activity })}
                  onDelete={({ onError }) =>
                    remove.mutate(item.id, {
                      onSuccess: () =>
                        notifications.show({ color: 'green', message: t('roadmaps.items.deleted') }),
                      onError,
                    })
                  }
                />
              ) : (
                <Table.Td />
              )}
            </Table.Tr>
          </Fragment>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The item's evidence file: download it; its owner attaches, replaces or removes it. */
function Evidence({
  owner,
  roadmapId,
  item,
  editable,
}: {
  owner: Owner;
  roadmapId: string;
  item: RoadmapItem;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const attach = useUploadEvidence(owner, roadmapId);
  const remove = useDeleteEvidence(owner, roadmapId);
  const onError = (error: unknown) => notifications.show({ color: 'red', message: describeError(error) });
  const file = item.evidence;
  return (
    <>
      {file && (
        <Group gap="xs">
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => void downloadEvidence(owner, roadmapId, item).catch(onError)}
          >
            {t('roadmaps.evidence.download', { name: file.fileName })}
          </Anchor>
          {editable && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() =>
                confirmAction(
                  t('roadmaps.evidence.removeConfirm', { name: file.fileName }),
                  t('roadmaps.evidence.remove'),
                  () =>
                    remove.mutate(item.id, {
                      onSuccess: () =>
                        notifications.show({ color: 'green', message: t('roadmaps.evidence.removed') }),
                      onError,
                    }),
                )
              }
            >
              {t('roadmaps.evidence.remove')}
            </Button>
          )}
        </Group>
      )}
      {editable && !file && (
        <FileButton
          accept={EVIDENCE_FILES}
          onChange={(chosen) =>
            chosen &&
            attach.mutate(
              { itemId: item.id, file: chosen },
              {
                onSuccess: () =>
                  notifications.show({ color: 'green', message: t('roadmaps.evidence.attached') }),
                onError,
              },
            )
          }
          inputProps={{ 'aria-label': t('roadmaps.evidence.attachTo', { activity: item.activity }) }}
        >
          {(props) => (
            <Button {...props} size="compact-xs" variant="light" loading={attach.isPending} w="fit-content">
              {t('roadmaps.evidence.attach')}
            </Button>
          )}
        </FileButton>
      )}
    </>
  );
}
