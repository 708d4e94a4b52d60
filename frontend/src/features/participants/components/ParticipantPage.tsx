import {
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { confirmAction } from '../../../components/ui/confirm';
import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import { showSaveError } from '../../../lib/forms';
import {
  useAddConsent,
  useCompetencies,
  useConsents,
  useParticipant,
  useWithdrawConsent,
  type Participant,
} from '../api';
import { ConsentBadge } from './ConsentBadge';
import { ConsentFields, consentInput, emptyConsent, type ConsentValues } from './ConsentFields';

interface Props {
  schoolId: string;
  /** Sections other features add to the page, such as the participant's questionnaires. */
  sections?: (participant: Participant) => ReactNode;
}

export function ParticipantPage({ schoolId, sections }: Props) {
  const { id = '' } = useParams();
  const participant = useParticipant(schoolId, id);
  if (participant.error) {
    return <ErrorAlert error={participant.error} />;
  }
  if (!participant.data) {
    return <Loader />;
  }
  return (
    <Stack>
      <ParticipantDetails schoolId={schoolId} p={participant.data} />
      {sections?.(participant.data)}
    </Stack>
  );
}

function ParticipantDetails({ schoolId, p }: { schoolId: string; p: Participant }) {
  const { t } = useTranslation();
  const competencies = useCompetencies();
  const name = (code: string) => competencies.data?.find((c) => c.code === code)?.name ?? code;
  const withdraw = useWithdrawConsent(schoolId, p.id);
  const [consentOpened, consentModal] = useDisclosure(false);
  const today = new Date().toISOString().slice(0, 10);

  const onWithdraw = () =>
    confirmAction(t('consent.withdrawConfirm'), t('consent.withdraw'), () =>
      withdraw.mutate(
        { withdrawnOn: today },
        { onError: (e) => notifications.show({ color: 'red', message: describeError(e) }) },
      ),
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{p.fullName}</Title>
          <Group gap="xs">
            <Text c="dimmed">{t(`participantKinds.${p.kind}`)}</Text>
            <ConsentBadge status={p.consentStatus} />
            {p.minor && <Badge color="yellow">{t('participants.minor')}</Badge>}
            {p.mentorCandidate && <Badge variant="light">{t('participants.mentor')}</Badge>}
            {p.menteeCandidate && (
              <Badge variant="light" color="grape">
                {t('participants.mentee')}
              </Badge>
            )}
          </Group>
        </Stack>
        <Group>
          <Button component={Link} to={`/participants/${p.id}/edit`} variant="default">
            {t('common.edit')}
          </Button>
          {p.consentStatus === 'VALID' ? (
            <Button color="red" variant="light" onClick={onWithdraw}>
              {t('consent.withdraw')}
            </Button>
          ) : (
            <Button onClick={consentModal.open}>{t('consent.add')}</Button>
          )}
        </Group>
      </Group>
      {p.consentStatus === 'VALID' ? (
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Field label={t('participants.fields.birthDate')} value={formatDate(p.birthDate)} />
            <Field label={t('participants.fields.gradeOrPosition')} value={p.gradeOrPosition} />
            <Field label={t('participants.fields.subject')} value={p.subject} />
            <Field label={t('participants.fields.experienceYears')} value={p.experienceYears} />
            <Field label={t('participants.fields.email')} value={p.email} />
            <Field label={t('participants.fields.phone')} value={p.phone} />
            {p.mentorProfile && (
              <>
                <Field
                  label={t('participants.fields.competencies')}
                  value={p.mentorProfile.competencies?.map(name).join(', ')}
                />
                <Field label={t('participants.fields.capacity')} value={p.mentorProfile.capacity} />
                <Field
                  label={t('participants.fields.trainingStatus')}
                  value={p.mentorProfile.trainingStatus && t(`training.${p.mentorProfile.trainingStatus}`)}
                />
              </>
            )}
            {p.menteeProfile && (
              <>
                <Field
                  label={t('participants.fields.requests')}
                  value={p.menteeProfile.requests?.map(name).join(', ')}
                />
                <Field label={t('participants.fields.difficulties')} value={p.menteeProfile.difficulties} />
              </>
            )}
          </SimpleGrid>
        </Paper>
      ) : (
        <EmptyState>{t('consent.noneHint')}</EmptyState>
      )}
      <ConsentHistory schoolId={schoolId} id={p.id} />
      <Modal opened={consentOpened} onClose={consentModal.close} title={t('consent.add')} size="lg">
        {consentOpened && <ConsentForm schoolId={schoolId} p={p} onDone={consentModal.close} />}
      </Modal>
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value === null || value === undefined || value === '' ? '—' : value}</Text>
    </div>
  );
}

function ConsentHistory({ schoolId, id }: { schoolId: string; id: string }) {
  const { t } = useTranslation();
  const consents = useConsents(schoolId, id);
  const rows = consents.data ?? [];
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2}>{t('consent.history')}</Title>
        <ErrorAlert error={consents.error} />
        {consents.data && rows.length === 0 && <EmptyState>{t('consent.NONE')}</EmptyState>}
        {rows.length > 0 && (
          <Table aria-label={t('consent.history')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consent.fields.givenOn')}</Table.Th>
                <Table.Th>{t('consent.fields.givenBy')}</Table.Th>
                <Table.Th>{t('consent.fields.documentRef')}</Table.Th>
                <Table.Th>{t('consent.fields.withdrawnOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{formatDate(c.givenOn)}</Table.Td>
                  <Table.Td>
                    {t(`consent.${c.givenBy}`)}: {c.giverName}
                  </Table.Td>
                  <Table.Td>{c.documentRef}</Table.Td>
                  <Table.Td>{formatDate(c.withdrawnOn) ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

function ConsentForm({ schoolId, p, onDone }: { schoolId: string; p: Participant; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddConsent(schoolId, p.id);
  const form = useForm<{ consent: ConsentValues; birthDate: string }>({
    initialValues: {
      consent: { ...emptyConsent(), givenBy: p.kind === 'PUPIL' ? 'PARENT' : 'SELF' },
      birthDate: '',
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await add.mutateAsync(consentInput(v.consent, v.birthDate));
      notifications.show({ color: 'green', message: t('common.saved') });
      onDone();
    } catch (error) {
      showSaveError(form, error, {
        givenBy: 'consent.givenBy',
        giverName: 'consent.giverName',
        givenOn: 'consent.givenOn',
        scope: 'consent.scope',
        documentRef: 'consent.documentRef',
      });
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ConsentFields field={(name) => form.getInputProps(`consent.${name}`)} />
        <TextInput type="date" label={t('consent.fields.birthDate')} {...form.getInputProps('birthDate')} />
        <Button type="submit" loading={add.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
