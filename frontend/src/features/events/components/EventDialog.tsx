import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { showSaveError } from '../../../lib/forms';
import { EVENT_KINDS, useSaveEvent, type Event, type EventScope } from '../api';
import { eventValues, toEventInput, validateEvent, type EventValues } from './eventForm';

interface Props {
  scope: EventScope;
  opened: boolean;
  onClose: () => void;
  /** The event to change; null for a new one. */
  event: Event | null;
  onSaved?: (event: Event) => void;
}

export function EventDialog({ scope, opened, onClose, event, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t(event ? 'events.editTitle' : 'events.new')} size="lg">
      {opened && <EventForm scope={scope} event={event} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function EventForm({ scope, event, onClose, onSaved }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const save = useSaveEvent(scope);
  const form = useForm<EventValues>({
    initialValues: eventValues(event),
    validate: (v) =>
      validateEvent(v, {
        kind: t('events.validation.kind'),
        title: t('events.validation.title'),
        startsOn: t('events.validation.startsOn'),
        endsOn: t('events.validation.endsOn'),
        endsBeforeStart: t('events.validation.endsBeforeStart'),
      }),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync({ id: event?.id, body: toEventInput(values, event) });
      notifications.show({ color: 'green', message: t('events.saved') });
      onSaved?.(saved);
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('events.fields.kind')}
          data={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('events.fields.title')} withAsterisk {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('events.fields.startsOn')}
            withAsterisk
            {...form.getInputProps('startsOn')}
          />
          <TextInput
            type="date"
            label={t('events.fields.endsOn')}
            withAsterisk
            {...form.getInputProps('endsOn')}
          />
        </SimpleGrid>
        <Textarea
          label={t('events.fields.description')}
          autosize
          minRows={3}
          {...form.getInputProps('description')}
        />
        <TagsInput
          label={t('events.fields.nominations')}
          description={t('events.fields.nominationsHint')}
          {...form.getInputProps('nominations')}
        />
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
