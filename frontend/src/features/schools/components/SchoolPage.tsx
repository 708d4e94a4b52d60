import { Anchor, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { confirmAction } from '../../../components/ui/confirm';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { describeError } from '../../../lib/api/problem';
import { canEditSchoolData, canManageSchools, type Me } from '../../me/api';
import { useArchiveSchool, useDeleteSchool, useSchool, type School } from '../api';
import { ContingentSection } from './ContingentSection';
import { CuratorsSection } from './CuratorsSection';

/** What other features add to the school's page, below its own sections. */
export type SchoolSections = (school: School) => React.ReactNode;

export function SchoolPage({ me, sections }: { me: Me; sections?: SchoolSections }) {
  const { id = '' } = useParams();
  const school = useSchool(id);
  if (school.error) {
    return <ErrorAlert error={school.error} />;
  }
  if (!school.data) {
    return <Loader />;
  }
  return <SchoolDetails school={school.data} me={me} sections={sections} />;
}

function SchoolDetails({ school, me, sections }: { school: School; me: Me; sections?: SchoolSections }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const archive = useArchiveSchool(school.id);
  const remove = useDeleteSchool(school.id);
  const editable = canEditSchoolData(me) && !school.archived;
  const fail = (error: unknown) => notifications.show({ color: 'red', message: describeError(error) });

  const onArchive = () =>
    confirmAction(t('schools.archiveConfirm', { name: school.shortName }), t('schools.archive'), () =>
      archive.mutate(true, { onError: fail }),
    );
  const onDelete = () =>
    confirmAction(t('schools.deleteConfirm', { name: school.shortName }), t('common.delete'), () =>
      remove.mutate(undefined, {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('common.deleted') });
          navigate('/schools');
        },
        onError: fail,
      }),
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>
            {school.shortName} {school.archived && <Badge color="gray">{t('schools.archived')}</Badge>}
          </Title>
          <Text c="dimmed">{school.fullName}</Text>
        </Stack>
        <Group>
          {editable && (
            <Button component={Link} to={`/schools/${school.id}/edit`} variant="default">
              {t('common.edit')}
            </Button>
          )}
          {canManageSchools(me) &&
            (school.archived ? (
              <Button variant="default" onClick={() => archive.mutate(false, { onError: fail })}>
                {t('schools.restore')}
              </Button>
            ) : (
              <Button variant="default" onClick={onArchive}>
                {t('schools.archive')}
              </Button>
            ))}
          {canManageSchools(me) && (
            <Button color="red" variant="light" onClick={onDelete}>
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label={t('schools.fields.municipality')} value={school.municipalityName} />
          <Field label={t('schools.fields.kind')} value={t(`kinds.${school.kind}`)} />
          <Field label={t('schools.fields.inn')} value={school.inn} />
          <Field label={t('schools.fields.address')} value={school.address} />
          <Field
            label={t('schools.fields.website')}
            value={
              school.website ? (
                <Anchor href={school.website} target="_blank" rel="noreferrer">
                  {school.website}
                </Anchor>
              ) : (
                '—'
              )
            }
          />
        </SimpleGrid>
      </Paper>
      <ContingentSection schoolId={school.id} editable={editable} />
      {me.role !== 'portal' && <CuratorsSection schoolId={school.id} editable={editable} />}
      {sections?.(school)}
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
}
