import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { showSaveError } from '../../../lib/forms';
import { DEADLINE_KINDS, ITEM_STATUSES, STAGES, useSaveItem, type Owner, type RoadmapItem } from '../api';
import { itemValues, toItemInput, validateItem, type DeadlineChoice, type ItemValues } from '../itemForm';

interface Props {
  owner: Owner;
  roadmapId: string;
  opened: boolean;
  onClose: () => void;
  /** The item to change; null for a new one. */
  item: RoadmapItem | null;
}

export function ItemDialog({ owner, roadmapId, opened, onClose, item }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(item ? 'roadmaps.items.editTitle' : 'roadmaps.items.new')}
      size="xl"
    >
      {opened && <ItemForm owner={owner} roadmapId={roadmapId} item={item} onClose={onClose} />}
    </Modal>
  );
}

function ItemForm({ owner, roadmapId, item, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const save = useSaveItem(owner, roadmapId);
  const form = useForm<ItemValues>({
    initialValues: itemValues(item),
    validate: (v) =>
      validateItem(v, {
        stage: t('roadmaps.v.stage'),
        activity: t('roadmaps.v.activity'),
        value: t('roadmaps.v.value'),
        text: t('roadmaps.v.text'),
      }),
  });
  const kind = form.values.deadline.kind;

  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync({ itemId: item?.id, body: toItemInput(values, item?.version) });
      notifications.show({ color: 'green', message: t('roadmaps.items.saved') });
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('roadmaps.fields.stage')}
            data={STAGES.map((s) => ({ value: String(s), label: t(`roadmaps.stages.${s}`) }))}
            allowDeselect={false}
            withAsterisk
            {...form.getInputProps('stage')}
          />
          <Select
            label={t('roadmaps.fields.status')}
            data={ITEM_STATUSES.map((s) => ({ value: s, label: t(`roadmaps.statuses.${s}`) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <Textarea
          label={t('roadmaps.fields.activity')}
          autosize
          minRows={2}
          withAsterisk
          {...form.getInputProps('activity')}
        />
        <Textarea
          label={t('roadmaps.fields.content')}
          autosize
          minRows={2}
          {...form.getInputProps('content')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('roadmaps.fields.deadlineKind')}
            data={[...DEADLINE_KINDS, 'TEXT' as const].map((k) => ({
              value: k,
              label: t(`roadmaps.deadlines.${k}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('deadline.kind')}
            onChange={(v) => {
              form.setFieldValue('deadline', { kind: v as DeadlineChoice, value: '', from: '', text: '' });
            }}
          />
          {kind === 'DATE' && (
            <TextInput
              type="date"
              label={t('roadmaps.fields.deadlineDate')}
              withAsterisk
              {...form.getInputProps('deadline.value')}
            />
          )}
          {kind === 'MONTH' && (
            <>
              <TextInput
                type="month"
                label={t('roadmaps.fields.deadlineFrom')}
                {...form.getInputProps('deadline.from')}
              />
              <TextInput
                type="month"
                label={t('roadmaps.fields.deadlineMonth')}
                withAsterisk
                {...form.getInputProps('deadline.value')}
              />
            </>
          )}
          {kind === 'TEXT' && (
            <TextInput
              label={t('roadmaps.fields.deadlineText')}
              placeholder={t('roadmaps.fields.deadlineTextPlaceholder')}
              withAsterisk
              {...form.getInputProps('deadline.text')}
            />
          )}
        </SimpleGrid>
        <TextInput label={t('roadmaps.fields.responsible')} {...form.getInputProps('responsible')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea label={t('roadmaps.fields.result')} autosize {...form.getInputProps('result')} />
          <TextInput label={t('roadmaps.fields.resultDocument')} {...form.getInputProps('resultDocument')} />
        </SimpleGrid>
        <Textarea
          label={t('roadmaps.fields.completionNote')}
          placeholder={t('roadmaps.fields.completionNotePlaceholder')}
          autosize
          minRows={2}
          {...form.getInputProps('completionNote')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="url"
            label={t('roadmaps.fields.evidenceUrl')}
            placeholder="https://"
            {...form.getInputProps('evidenceUrl')}
          />
          {form.values.status === 'DONE' && (
            <TextInput type="date" label={t('roadmaps.fields.doneOn')} {...form.getInputProps('doneOn')} />
          )}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
