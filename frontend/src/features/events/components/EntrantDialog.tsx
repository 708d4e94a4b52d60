import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { showSaveError } from '../../../lib/forms';
import { useCandidates, useMentorships } from '../../mentorships/api';
import { publishedListQuery, usePractices } from '../../recognition/api';
import { useAddEntrant, type EntrantKind, type Event, type EventScope } from '../api';
import { entrantValues, toEntrantInput, validateEntrant, type EntrantValues } from './entrantForm';

interface Props {
  scope: EventScope;
  event: Event;
  opened: boolean;
  onClose: () => void;
}

type Form = UseFormReturnType<EntrantValues>;

export function EntrantDialog({ scope, event, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('events.entrants.addTitle')} size="lg">
      {opened && <EntrantForm scope={scope} event={event} onClose={onClose} />}
    </Modal>
  );
}

/**
 * A school enters its mentor (with the mentor's consent to publish the name), pair or practice; a municipality or
 * the region enters its schools' practices accepted into a municipal bank.
 */
function EntrantForm({ scope, event, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const school = scope.level === 'schools';
  const kinds: EntrantKind[] = school ? ['MENTOR', 'MENTORSHIP', 'PRACTICE'] : ['PRACTICE'];
  const add = useAddEntrant(scope, event.id);
  const form = useForm<EntrantValues>({
    initialValues: entrantValues(school ? 'MENTOR' : 'PRACTICE'),
    validate: (v) =>
      validateEntrant(v, {
        who: t('events.entrants.validation.who'),
        giverName: t('events.entrants.validation.giverName'),
        givenOn: t('events.entrants.validation.givenOn'),
        documentRef: t('events.entrants.validation.documentRef'),
      }),
  });
  const kind = form.values.kind;
  const submit = form.onSubmit(async (values) => {
    try {
      await add.mutateAsync(toEntrantInput(values));
      notifications.show({ color: 'green', message: t('events.entrants.added') });
      onClose();
    } catch (error) {
      showSaveError(form, error, {
        participantId: 'targetId',
        mentorshipId: 'targetId',
        practiceId: 'targetId',
      });
    }
  });
  const named =
    kind !== 'PRACTICE' && form.values.publication !== '' && form.values.publication !== 'ANONYMOUS';
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('events.entrants.fields.kind')}
          data={kinds.map((k) => ({ value: k, label: t(`events.entrants.kinds.${k}`) }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
          onChange={(v) => {
            form.setFieldValue('kind', (v ?? 'MENTOR') as EntrantKind);
            form.setFieldValue('targetId', '');
          }}
        />
        {school ? (
          <SchoolTarget schoolId={scope.id} kind={kind} form={form} />
        ) : (
          <PublishedTarget scope={scope} form={form} />
        )}
        {event.nominations.length > 0 && (
          <Select
            label={t('events.entrants.fields.nomination')}
            data={event.nominations.map((n) => ({ value: n.id, label: n.title }))}
            clearable
            {...form.getInputProps('nominationId')}
            onChange={(v) => form.setFieldValue('nominationId', v ?? '')}
          />
        )}
        {kind !== 'PRACTICE' && (
          <Select
            label={t('events.entrants.fields.publication')}
            placeholder={t('events.entrants.noConsent')}
            data={(['NAME_AND_PHOTO', 'NAME', 'ANONYMOUS'] as const).map((p) => ({
              value: p,
              label: t(`recognition.publication.${p}`),
            }))}
            clearable
            {...form.getInputProps('publication')}
            onChange={(v) => form.setFieldValue('publication', v ?? '')}
          />
        )}
        {named && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('events.entrants.fields.givenBy')}
              data={(['SELF', 'PARENT', 'GUARDIAN'] as const).map((g) => ({
                value: g,
                label: t(`events.entrants.givers.${g}`),
              }))}
              allowDeselect={false}
              withAsterisk
              {...form.getInputProps('givenBy')}
              onChange={(v) => form.setFieldValue('givenBy', (v ?? 'SELF') as EntrantValues['givenBy'])}
            />
            <TextInput
              label={t('events.entrants.fields.giverName')}
              withAsterisk
              {...form.getInputProps('giverName')}
              error={form.errors['consent.giverName']}
            />
            <TextInput
              type="date"
              label={t('events.entrants.fields.givenOn')}
              withAsterisk
              {...form.getInputProps('givenOn')}
              error={form.errors['consent.givenOn']}
            />
            <TextInput
              label={t('events.entrants.fields.documentRef')}
              withAsterisk
              {...form.getInputProps('documentRef')}
              error={form.errors['consent.documentRef']}
            />
          </SimpleGrid>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TargetSelect({ form, options }: { form: Form; options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('events.entrants.fields.who')}
      data={options}
      searchable
      withAsterisk
      nothingFoundMessage={t('common.nothingFound')}
      {...form.getInputProps('targetId')}
      onChange={(v) => form.setFieldValue('targetId', v ?? '')}
    />
  );
}

/** The school's mentors with consent in force, its working or completed pairs, its practices. */
function SchoolTarget({ schoolId, kind, form }: { schoolId: string; kind: EntrantKind; form: Form }) {
  const mentors = useCandidates(schoolId, 'mentor', '');
  const pairs = useMentorships(schoolId, { page: 0, size: 100, sort: 'plannedStart,desc' });
  const practices = usePractices(schoolId, { page: 0, size: 100 });
  const options =
    kind === 'MENTOR'
      ? (mentors.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }))
      : kind === 'MENTORSHIP'
        ? (pairs.data?.items ?? [])
            .filter((m) => m.status === 'ACTIVE' || m.status === 'COMPLETED')
            .map((m) => ({
              value: m.id,
              label: `${m.mentor.fullName} — ${m.mentees.map((p) => p.fullName).join(', ')}`,
            }))
        : (practices.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }));
  return <TargetSelect form={form} options={options} />;
}

/** The practices of the organiser's schools accepted into a municipal bank. */
function PublishedTarget({ scope, form }: { scope: EventScope; form: Form }) {
  const published = useQuery(
    publishedListQuery(
      { kind: scope.level === 'regions' ? 'region' : 'municipality', id: scope.id },
      { status: 'ACCEPTED', page: 0, size: 100 },
    ),
  );
  const options = (published.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.title} — ${p.schoolName}`,
  }));
  return <TargetSelect form={form} options={options} />;
}
