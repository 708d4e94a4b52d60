import { useTranslation } from 'react-i18next';

import { formatDate } from '../../../lib/dates';
import { validateMeeting, type MeetingValues } from './meetingForm';

/** The form's validation with the messages in Russian, for a pair that began its work on `startedOn` (if it has). */
export function useMeetingValidation(startedOn: string | null | undefined) {
  const { t } = useTranslation();
  return (values: MeetingValues) =>
    validateMeeting(values, startedOn, {
      kind: t('diary.validation.kind'),
      format: t('diary.validation.format'),
      date: t('diary.validation.date'),
      future: t('diary.validation.future'),
      beforeStart: t('diary.validation.beforeStart', { date: formatDate(startedOn) }),
      notStarted: t('diary.validation.notStarted'),
      topic: t('diary.validation.topic'),
      topicLength: t('diary.validation.topicLength'),
      notesLength: t('diary.validation.notesLength'),
      duration: t('diary.validation.duration'),
      durationRequired: t('diary.validation.durationRequired'),
    });
}
