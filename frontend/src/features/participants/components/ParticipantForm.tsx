import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { blankToUndefined, showSaveError } from '../../../lib/forms';
import {
  MENTORING_FORMS,
  PARTICIPANT_KINDS,
  useCompetencies,
  type MentoringForm,
  type Participant,
  type ParticipantInput,
  type ParticipantKind,
} from '../api';
import { ConsentFields, consentInput, emptyConsent, type ConsentValues } from './ConsentFields';

export interface ParticipantValues {
  kind: string;
  fullName: string;
  mentorCandidate: boolean;
  menteeCandidate: boolean;
  externalId: string;
  birthDate: string;
  gradeOrPosition: string;
  subject: string;
  experienceYears: number | string;
  email: string;
  phone: string;
  mentorProfile: {
    competencies: string[];
    capacity: number | string;
    availability: string;
    formsAccepted: string[];
    trainingStatus: string;
    certificate: string;
  };
  menteeProfile: { requests: string[]; difficulties: string; desiredForms: string[]; availability: string };
  withConsent: boolean;
  consent: ConsentValues;
}

function initialValues(p?: Participant): ParticipantValues {
  return {
    kind: p?.kind ?? 'PUPIL',
    fullName: p?.fullName ?? '',
    mentorCandidate: p?.mentorCandidate ?? false,
    menteeCandidate: p?.menteeCandidate ?? false,
    externalId: p?.externalId ?? '',
    birthDate: p?.birthDate ?? '',
    gradeOrPosition: p?.gradeOrPosition ?? '',
    subject: p?.subject ?? '',
    experienceYears: p?.experienceYears ?? '',
    email: p?.email ?? '',
    phone: p?.phone ?? '',
    mentorProfile: {
      competencies: p?.mentorProfile?.competencies ?? [],
      capacity: p?.mentorProfile?.capacity ?? '',
      availability: p?.mentorProfile?.availability ?? '',
      formsAccepted: p?.mentorProfile?.formsAccepted ?? [],
      trainingStatus: p?.mentorProfile?.trainingStatus ?? 'NONE',
      certificate: p?.mentorProfile?.certificate ?? '',
    },
    menteeProfile: {
      requests: p?.menteeProfile?.requests ?? [],
      difficulties: p?.menteeProfile?.difficulties ?? '',
      desiredForms: p?.menteeProfile?.desiredForms ?? [],
      availability: p?.menteeProfile?.availability ?? '',
    },
    withConsent: false,
    consent: emptyConsent(),
  };
}

const numberOrUndefined = (v: number | string) => (v === '' ? undefined : Number(v));

/** What the API receives: personal data only when a consent is in force or comes with the request. */
export function toInput(v: ParticipantValues, personal: boolean, version?: number): ParticipantInput {
  const base: ParticipantInput = {
    kind: v.kind as ParticipantKind,
    fullName: v.fullName.trim(),
    mentorCandidate: v.mentorCandidate,
    menteeCandidate: v.menteeCandidate,
    version,
  };
  if (!personal) {
    return base;
  }
  return {
    ...base,
    externalId: blankToUndefined(v.externalId),
    birthDate: blankToUndefined(v.birthDate),
    gradeOrPosition: blankToUndefined(v.gradeOrPosition),
    subject: blankToUndefined(v.subject),
    experienceYears: numberOrUndefined(v.experienceYears),
    email: blankToUndefined(v.email),
    phone: blankToUndefined(v.phone),
    mentorProfile: v.mentorCandidate
      ? {
          competencies: v.mentorProfile.competencies,
          capacity: numberOrUndefined(v.mentorProfile.capacity),
          availability: blankToUndefined(v.mentorProfile.availability),
          formsAccepted: v.mentorProfile.formsAccepted as MentoringForm[],
          trainingStatus: v.mentorProfile.trainingStatus as NonNullable<
            ParticipantInput['mentorProfile']
          >['trainingStatus'],
          certificate: blankToUndefined(v.mentorProfile.certificate),
        }
      : undefined,
    menteeProfile: v.menteeCandidate
      ? {
          requests: v.menteeProfile.requests,
          difficulties: blankToUndefined(v.menteeProfile.difficulties),
          desiredForms: v.menteeProfile.desiredForms as MentoringForm[],
          availability: blankToUndefined(v.menteeProfile.availability),
        }
      : undefined,
    consent: v.withConsent ? consentInput(v.consent) : undefined,
  };
}

interface Props {
  participant?: Participant;
  onSubmit: (input: ParticipantInput) => Promise<unknown>;
  onCancel: () => void;
}

export function ParticipantForm({ participant, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const competencies = useCompetencies();
  const form = useForm<ParticipantValues>({
    initialValues: initialValues(participant),
    validate: {
      fullName: (v) => (v.trim() ? null : 'Укажите ФИО'),
    },
  });
  const creating = !participant;
  const personal = creating ? form.values.withConsent : participant.consentStatus === 'VALID';
  const competencyOptions = (competencies.data ?? []).map((c) => ({ value: c.code, label: c.name }));
  const formOptions = MENTORING_FORMS.map((f) => ({ value: f, label: t(`forms.${f}`) }));

  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(toInput(values, personal, participant?.version));
    } catch (error) {
      showSaveError(form, error, { 'consent.birthDate': 'birthDate' });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={820}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('participants.fields.kind')}
            data={PARTICIPANT_KINDS.map((k) => ({ value: k, label: t(`participantKinds.${k}`) }))}
            allowDeselect={false}
            withAsterisk
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('participants.fields.fullName')}
            withAsterisk
            {...form.getInputProps('fullName')}
          />
        </SimpleGrid>
        <Group>
          <Checkbox
            label={t('participants.fields.mentorCandidate')}
            {...form.getInputProps('mentorCandidate', { type: 'checkbox' })}
          />
          <Checkbox
            label={t('participants.fields.menteeCandidate')}
            {...form.getInputProps('menteeCandidate', { type: 'checkbox' })}
          />
        </Group>
        {creating && (
          <Fieldset legend={t('consent.title')}>
            <Stack>
              <Checkbox
                label={t('consent.given')}
                {...form.getInputProps('withConsent', { type: 'checkbox' })}
              />
              {form.values.withConsent ? (
                <ConsentFields field={(name) => form.getInputProps(`consent.${name}`)} />
              ) : (
                <Alert color="orange">{t('consent.noneHint')}</Alert>
              )}
              {form.errors.consent && <Alert color="red">{form.errors.consent}</Alert>}
            </Stack>
          </Fieldset>
        )}
        {!creating && !personal && (
          <Alert color="orange">
            {t('consent.noneHint')} {form.errors.consent}
          </Alert>
        )}
        {personal && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('participants.fields.birthDate')}
                {...form.getInputProps('birthDate')}
              />
              <TextInput
                label={t('participants.fields.gradeOrPosition')}
                {...form.getInputProps('gradeOrPosition')}
              />
              <TextInput label={t('participants.fields.subject')} {...form.getInputProps('subject')} />
              <NumberInput
                label={t('participants.fields.experienceYears')}
                min={0}
                max={80}
                {...form.getInputProps('experienceYears')}
              />
              <TextInput label={t('participants.fields.email')} {...form.getInputProps('email')} />
              <TextInput label={t('participants.fields.phone')} {...form.getInputProps('phone')} />
              <TextInput label={t('participants.fields.externalId')} {...form.getInputProps('externalId')} />
            </SimpleGrid>
            {form.values.mentorCandidate && (
              <Fieldset legend={t('participants.mentorProfile')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <MultiSelect
                    label={t('participants.fields.competencies')}
                    data={competencyOptions}
                    searchable
                    {...form.getInputProps('mentorProfile.competencies')}
                  />
                  <MultiSelect
                    label={t('participants.fields.formsAccepted')}
                    data={formOptions}
                    {...form.getInputProps('mentorProfile.formsAccepted')}
                  />
                  <NumberInput
                    label={t('participants.fields.capacity')}
                    min={1}
                    max={30}
                    {...form.getInputProps('mentorProfile.capacity')}
                  />
                  <TextInput
                    label={t('participants.fields.availability')}
                    {...form.getInputProps('mentorProfile.availability')}
                  />
                  <Select
                    label={t('participants.fields.trainingStatus')}
                    data={(['NONE', 'IN_PROGRESS', 'TRAINED', 'CERTIFIED'] as const).map((s) => ({
                      value: s,
                      label: t(`training.${s}`),
                    }))}
                    allowDeselect={false}
                    {...form.getInputProps('mentorProfile.trainingStatus')}
                  />
                  <TextInput
                    label={t('participants.fields.certificate')}
                    {...form.getInputProps('mentorProfile.certificate')}
                  />
                </SimpleGrid>
              </Fieldset>
            )}
            {form.values.menteeCandidate && (
              <Fieldset legend={t('participants.menteeProfile')}>
                <Stack>
                  <MultiSelect
                    label={t('participants.fields.requests')}
                    data={competencyOptions}
                    searchable
                    {...form.getInputProps('menteeProfile.requests')}
                  />
                  <MultiSelect
                    label={t('participants.fields.desiredForms')}
                    data={formOptions}
                    {...form.getInputProps('menteeProfile.desiredForms')}
                  />
                  <Textarea
                    label={t('participants.fields.difficulties')}
                    autosize
                    minRows={2}
                    {...form.getInputProps('menteeProfile.difficulties')}
                  />
                  <TextInput
                    label={t('participants.fields.availability')}
                    {...form.getInputProps('menteeProfile.availability')}
                  />
                </Stack>
              </Fieldset>
            )}
          </>
        )}
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
