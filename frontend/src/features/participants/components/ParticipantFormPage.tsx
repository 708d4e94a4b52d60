import { Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { useParticipant, useSaveParticipant, type ParticipantInput } from '../api';
import { ParticipantForm } from './ParticipantForm';

export function ParticipantFormPage({ schoolId }: { schoolId: string }) {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveParticipant(schoolId);
  const submit = async (body: ParticipantInput) => {
    const saved = await save.mutateAsync({ id, body });
    notifications.show({ color: 'green', message: id ? t('common.saved') : t('participants.created') });
    navigate(`/participants/${saved.id}`);
  };
  return (
    <Stack>
      <Title order={1}>{id ? t('participants.editTitle') : t('participants.new')}</Title>
      {id ? (
        <EditParticipant schoolId={schoolId} id={id} onSubmit={submit} />
      ) : (
        <ParticipantForm onSubmit={submit} onCancel={() => navigate('/participants')} />
      )}
    </Stack>
  );
}

function EditParticipant({
  schoolId,
  id,
  onSubmit,
}: {
  schoolId: string;
  id: string;
  onSubmit: (body: ParticipantInput) => Promise<void>;
}) {
  const navigate = useNavigate();
  const participant = useParticipant(schoolId, id);
  if (participant.error) {
    return <ErrorAlert error={participant.error} />;
  }
  if (!participant.data) {
    return <Loader />;
  }
  return (
    <ParticipantForm
      participant={participant.data}
      onSubmit={onSubmit}
      onCancel={() => navigate(`/participants/${id}`)}
    />
  );
}
