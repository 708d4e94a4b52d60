import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { blankToUndefined, showSaveError } from '../../../lib/forms';
import type { Municipality } from '../../municipalities/api';
import { SCHOOL_KINDS, type School, type SchoolInput, type SchoolKind } from '../api';

interface Values {
  municipalityId: string;
  fullName: string;
  shortName: string;
  kind: string;
  inn: string;
  address: string;
  website: string;
}

interface Props {
  school?: School;
  municipalities: Municipality[];
  /** A municipal user's schools stay in their municipality; a school user cannot move theirs. */
  municipalityLocked: boolean;
  defaultMunicipalityId?: string;
  onSubmit: (input: SchoolInput) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * Checks only that required fields are filled; the server's rules (ИНН checksum, formats, uniqueness) come back
 * as field errors and are shown next to their fields.
 */
export function SchoolForm({
  school,
  municipalities,
  municipalityLocked,
  defaultMunicipalityId,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const required = (label: string) => (value: string) => (value.trim() ? null : `Заполните поле «${label}»`);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      municipalityId: school?.municipalityId ?? defaultMunicipalityId ?? '',
      fullName: school?.fullName ?? '',
      shortName: school?.shortName ?? '',
      kind: school?.kind ?? 'GENERAL',
      inn: school?.inn ?? '',
      address: school?.address ?? '',
      website: school?.website ?? '',
    },
    validate: {
      municipalityId: required(t('schools.fields.municipality')),
      fullName: required(t('schools.fields.fullName')),
      shortName: required(t('schools.fields.shortName')),
      inn: required(t('schools.fields.inn')),
      address: required(t('schools.fields.address')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    const input: SchoolInput = {
      municipalityId: values.municipalityId,
      fullName: values.fullName.trim(),
      shortName: values.shortName.trim(),
      kind: values.kind as SchoolKind,
      inn: values.inn.trim(),
      address: values.address.trim(),
      website: blankToUndefined(values.website),
      version: school?.version,
    };
    try {
      await onSubmit(input);
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <Select
          label={t('schools.fields.municipality')}
          data={municipalities.map((m) => ({ value: m.id, label: m.name }))}
          disabled={municipalityLocked}
          searchable
          withAsterisk
          {...form.getInputProps('municipalityId')}
        />
        <TextInput label={t('schools.fields.fullName')} withAsterisk {...form.getInputProps('fullName')} />
        <TextInput label={t('schools.fields.shortName')} withAsterisk {...form.getInputProps('shortName')} />
        <Select
          label={t('schools.fields.kind')}
          data={SCHOOL_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('kind')}
        />
        <TextInput
          label={t('schools.fields.inn')}
          withAsterisk
          inputMode="numeric"
          {...form.getInputProps('inn')}
        />
        <TextInput label={t('schools.fields.address')} withAsterisk {...form.getInputProps('address')} />
        <TextInput
          label={t('schools.fields.website')}
          placeholder="https://"
          {...form.getInputProps('website')}
        />
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
