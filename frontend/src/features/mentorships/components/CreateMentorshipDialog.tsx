import { Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { showSaveError } from '../../../lib/forms';
import { MENTORING_FORMS, MENTORSHIP_KINDS, useCandidates, useCreateMentorship } from '../api';
import {
  emptyMentorship,
  toMentorshipInput,
  validateMentorship,
  type MentorshipValues,
} from './mentorshipForm';

interface Props {
  schoolId: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * Candidates as select options, searched on the server (a school may have hundreds); the names of people chosen
 * earlier stay known while the user searches on.
 */
function useCandidateOptions(schoolId: string, role: 'mentor' | 'mentee') {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const candidates = useCandidates(schoolId, role, q);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const items = candidates.data?.items ?? [];
  const remember = (ids: string[]) =>
    setChosen((previous) => {
      const next = { ...previous };
      for (const p of items) {
        if (ids.includes(p.id)) {
          next[p.id] = p.fullName;
        }
      }
      return next;
    });
  const options = (selected: string[]) => {
    const labels = new Map(items.map((p) => [p.id, p.fullName]));
    for (const id of selected) {
      if (!labels.has(id)) {
        labels.set(id, chosen[id] ?? id);
      }
    }
    return [...labels].map(([value, label]) => ({ value, label }));
  };
  return { search, setSearch, options, remember };
}

export function CreateMentorshipDialog({ schoolId, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('mentorships.new')} size="lg">
      {opened && <CreateMentorshipForm schoolId={schoolId} onClose={onClose} />}
    </Modal>
  );
}

function CreateMentorshipForm({ schoolId, onClose }: { schoolId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMentorship(schoolId);
  const mentors = useCandidateOptions(schoolId, 'mentor');
  const mentees = useCandidateOptions(schoolId, 'mentee');
  const form = useForm<MentorshipValues>({
    initialValues: emptyMentorship(),
    validate: (v) =>
      validateMentorship(v, {
        mentor: t('mentorships.validation.mentor'),
        mentees: t('mentorships.validation.mentees'),
        form: t('mentorships.validation.form'),
        kind: t('mentorships.validation.kind'),
        date: t('mentorships.validation.date'),
        endAfterStart: t('mentorships.validation.endAfterStart'),
        term: t('mentorships.validation.term'),
        group: t('mentorships.validation.group'),
        mentorIsMentee: t('mentorships.validation.mentorIsMentee'),
      }),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const created = await create.mutateAsync(toMentorshipInput(values));
      notifications.show({ color: 'green', message: t('mentorships.created') });
      onClose();
      navigate(`/mentorships/${created.id}`);
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('mentorships.fields.mentor')}
          data={mentors.options(form.values.mentorId ? [form.values.mentorId] : [])}
          searchable
          searchValue={mentors.search}
          onSearchChange={mentors.setSearch}
          filter={({ options }) => options}
          nothingFoundMessage={t('common.nothingFound')}
          withAsterisk
          {...form.getInputProps('mentorId')}
          onChange={(v) => {
            mentors.remember(v ? [v] : []);
            form.setFieldValue('mentorId', v ?? '');
          }}
        />
        <MultiSelect
          label={t('mentorships.fields.mentees')}
          data={mentees.options(form.values.menteeIds)}
          searchable
          searchValue={mentees.search}
          onSearchChange={mentees.setSearch}
          filter={({ options }) => options}
          nothingFoundMessage={t('common.nothingFound')}
          withAsterisk
          {...form.getInputProps('menteeIds')}
          onChange={(v) => {
            mentees.remember(v);
            form.setFieldValue('menteeIds', v);
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('mentorships.fields.form')}
            data={MENTORING_FORMS.map((f) => ({ value: f, label: t(`forms.${f}`) }))}
            withAsterisk
            {...form.getInputProps('form')}
          />
          <Select
            label={t('mentorships.fields.kind')}
            data={MENTORSHIP_KINDS.map((k) => ({ value: k, label: t(`mentorshipKinds.${k}`) }))}
            allowDeselect={false}
            withAsterisk
            {...form.getInputProps('kind')}
          />
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
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
