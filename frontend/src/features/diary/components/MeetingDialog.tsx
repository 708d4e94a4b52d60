import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../../../lib/dates';
import { showSaveError } from '../../../lib/forms';
import { useDiaryActivities, useSaveMeeting, type Meeting } from '../api';
import { MeetingFields } from './MeetingFields';
import {
  emptyMeeting,
  MEETING_FIELD_ALIASES,
  meetingValues,
  toMeetingInput,
  type Member,
  type MeetingValues,
} from './meetingForm';
import { useMeetingValidation } from './useMeetingValidation';

interface Props {
  schoolId: string;
  mentorshipId: string;
  /** The pair's mentees, those who left a group with the day they left. */
  mentees: Member[];
  startedOn?: string | null;
  /** The meeting to correct; a new one when absent. */
  meeting?: Meeting;
  opened: boolean;
  onClose: () => void;
}

/** The curator records a meeting (often from what the mentor told them) or corrects any entry of the diary. */
export function MeetingDialog({ opened, onClose, meeting, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={meeting ? t('diary.edit') : t('diary.add')} size="lg">
      {opened && <MeetingForm {...rest} meeting={meeting} onClose={onClose} />}
    </Modal>
  );
}

function MeetingForm({
  schoolId,
  mentorshipId,
  mentees,
  startedOn,
  meeting,
  onClose,
}: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const activities = useDiaryActivities(schoolId, mentorshipId);
  const save = useSaveMeeting(schoolId, mentorshipId);
  const validate = useMeetingValidation(startedOn);
  const form = useForm<MeetingValues>({
    initialValues: meeting ? meetingValues(meeting) : emptyMeeting(Boolean(startedOn), mentees),
    validate,
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync({ id: meeting?.id, body: toMeetingInput(values, mentees, meeting?.version) });
      notifications.show({
        color: 'green',
        message: `${meeting ? t('diary.updated') : t('diary.saved')}: ${formatDate(values.date)}`,
      });
      onClose();
    } catch (error) {
      showSaveError(form, error, MEETING_FIELD_ALIASES);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <MeetingFields
          form={form}
          mentees={mentees}
          activities={activities.data ?? []}
          started={Boolean(startedOn)}
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
