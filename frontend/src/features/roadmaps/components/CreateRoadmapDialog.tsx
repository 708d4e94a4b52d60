import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { blankToUndefined, showSaveError } from '../../../lib/forms';
import { academicYearLabel, currentStartYear } from '../../../lib/dates';
import { useCreateRoadmap, useTemplate, type Owner } from '../api';

interface Values {
  start: 'template' | 'blank';
  startYear: string;
  title: string;
  approvalTitle: string;
  approvalNumber: string;
  approvalDate: string;
}

interface Props {
  owner: Owner;
  opened: boolean;
  onClose: () => void;
}

export function CreateRoadmapDialog({ owner, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('roadmaps.create.title')} size="lg">
      {opened && <CreateForm owner={owner} onClose={onClose} />}
    </Modal>
  );
}

/** A roadmap for a year, from the level's template (the seeds' common items) or blank. */
function CreateForm({ owner, onClose }: { owner: Owner; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRoadmap(owner);
  const now = currentStartYear();
  const form = useForm<Values>({
    initialValues: {
      start: 'template',
      startYear: String(now),
      title: '',
      approvalTitle: '',
      approvalNumber: '',
      approvalDate: '',
    },
    validate: {
      startYear: (v) => (v ? null : t('roadmaps.create.v.year')),
      title: (v, values) => (values.start === 'blank' && !v.trim() ? t('roadmaps.create.v.title') : null),
    },
  });
  const fromTemplate = form.values.start === 'template';
  const template = useTemplate(owner.level, fromTemplate);

  const submit = form.onSubmit(async (v) => {
    try {
      const created = await create.mutateAsync({
        fromTemplate,
        body: {
          startYear: Number(v.startYear),
          title: blankToUndefined(v.title),
          approvalTitle: blankToUndefined(v.approvalTitle),
          approvalNumber: blankToUndefined(v.approvalNumber),
          approvalDate: blankToUndefined(v.approvalDate),
        },
      });
      notifications.show({ color: 'green', message: t('roadmaps.create.done') });
      onClose();
      navigate(`/roadmaps/${created.id}`);
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="roadmap-start">
            {t('roadmaps.create.start')}
          </Text>
          <SegmentedControl
            aria-labelledby="roadmap-start"
            data={[
              { value: 'template', label: t('roadmaps.create.fromTemplate') },
              { value: 'blank', label: t('roadmaps.create.blank') },
            ]}
            {...form.getInputProps('start')}
          />
          {fromTemplate && template.data && (
            <Text size="sm">
              {t('roadmaps.create.templateItems', {
                title: template.data.title,
                count: template.data.items.length,
              })}
            </Text>
          )}
        </Stack>
        <Select
          label={t('roadmaps.year')}
          data={[now + 1, now, now - 1].map((y) => ({ value: String(y), label: academicYearLabel(y) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('startYear')}
        />
        <TextInput
          label={t('roadmaps.name')}
          placeholder={fromTemplate ? t('roadmaps.create.titlePlaceholder') : undefined}
          withAsterisk={!fromTemplate}
          {...form.getInputProps('title')}
        />
        <TextInput
          label={t('roadmaps.create.approvalTitle')}
          placeholder={t('roadmaps.create.approvalTitlePlaceholder')}
          {...form.getInputProps('approvalTitle')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('roadmaps.create.approvalNumber')} {...form.getInputProps('approvalNumber')} />
          <TextInput
            type="date"
            label={t('roadmaps.create.approvalDate')}
            {...form.getInputProps('approvalDate')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('roadmaps.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
