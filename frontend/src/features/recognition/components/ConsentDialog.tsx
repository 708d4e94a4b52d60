import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { PublicationConsentFields } from '../../../components/ui/PublicationConsentFields';
import { showSaveError } from '../../../lib/forms';
import { useRecordConsent, type PracticeParticipant } from '../api';
import { consentValues, toConsentInput, validateConsent, type ConsentValues } from './consentForm';

interface Props {
  schoolId: string;
  practiceId: string;
  participant: PracticeParticipant | null;
  onClose: () => void;
}

/** Records a participant's consent to publish: what it allows, who gave it, when and by which document. */
export function ConsentDialog({ schoolId, practiceId, participant, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={participant !== null}
      onClose={onClose}
      title={participant ? t('recognition.consents.recordTitle', { name: participant.fullName }) : ''}
      size="lg"
    >
      {participant && (
        <ConsentForm
          schoolId={schoolId}
          practiceId={practiceId}
          participant={participant}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function ConsentForm({
  schoolId,
  practiceId,
  participant,
  onClose,
}: Omit<Props, 'participant'> & { participant: PracticeParticipant }) {
  const { t } = useTranslation();
  const record = useRecordConsent(schoolId, practiceId);
  const form = useForm<ConsentValues>({
    initialValues: consentValues(participant),
    validate: (v) =>
      validateConsent(v, participant.minor, {
        giverName: t('recognition.consents.validation.giverName'),
        givenOn: t('recognition.consents.validation.givenOn'),
        documentRef: t('recognition.consents.validation.documentRef'),
        minorSelf: t('recognition.consents.validation.minorSelf'),
        adultOther: t('recognition.consents.validation.adultOther'),
      }),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await record.mutateAsync({ participantId: participant.participantId, body: toConsentInput(values) });
      notifications.show({ color: 'green', message: t('recognition.consents.recorded') });
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PublicationConsentFields form={form} hints />
        {participant.minor && (
          <Text size="sm" c="dimmed">
            {t('recognition.consents.validation.minorSelf')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
