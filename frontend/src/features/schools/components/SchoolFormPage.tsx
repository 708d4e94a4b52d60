import { Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import type { Me } from '../../me/api';
import { useAllMunicipalities } from '../../municipalities/api';
import { useCreateSchool, useSchool, useUpdateSchool, type SchoolInput } from '../api';
import { SchoolForm } from './SchoolForm';

export function SchoolFormPage({ me }: { me: Me }) {
  const { id } = useParams();
  return id ? <EditSchool id={id} me={me} /> : <CreateSchool me={me} />;
}

function CreateSchool({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSchool();
  const municipalities = useAllMunicipalities();
  const save = async (input: SchoolInput) => {
    const school = await create.mutateAsync(input);
    notifications.show({ color: 'green', message: t('schools.created') });
    navigate(`/schools/${school.id}`);
  };
  return (
    <Stack>
      <Title order={1}>{t('schools.new')}</Title>
      <ErrorAlert error={municipalities.error} />
      {municipalities.data ? (
        <SchoolForm
          municipalities={municipalities.data.items}
          municipalityLocked={me.role === 'municipal'}
          defaultMunicipalityId={me.municipalityId}
          onSubmit={save}
          onCancel={() => navigate('/schools')}
        />
      ) : (
        <Loader />
      )}
    </Stack>
  );
}

function EditSchool({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const school = useSchool(id);
  const update = useUpdateSchool(id);
  const municipalities = useAllMunicipalities();
  const save = async (input: SchoolInput) => {
    await update.mutateAsync(input);
    notifications.show({ color: 'green', message: t('common.saved') });
    navigate(`/schools/${id}`);
  };
  const error = school.error ?? municipalities.error;
  return (
    <Stack>
      <Title order={1}>{t('schools.editTitle')}</Title>
      <ErrorAlert error={error} />
      {school.data && municipalities.data ? (
        <SchoolForm
          school={school.data}
          municipalities={municipalities.data.items}
          municipalityLocked={me.role !== 'regional'}
          onSubmit={save}
          onCancel={() => navigate(`/schools/${id}`)}
        />
      ) : (
        !error && <Loader />
      )}
    </Stack>
  );
}
