import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import i18n from '../../../lib/i18n';
import type { ConsentInput } from '../api';

export interface ConsentValues {
  givenBy: string;
  giverName: string;
  givenOn: string;
  scope: string;
  documentRef: string;
}

export function emptyConsent(): ConsentValues {
  return {
    givenBy: 'PARENT',
    giverName: '',
    givenOn: new Date().toISOString().slice(0, 10),
    scope: i18n.t('consent.defaultScope'),
    documentRef: '',
  };
}

export function consentInput(v: ConsentValues, birthDate?: string): ConsentInput {
  return {
    givenBy: v.givenBy as ConsentInput['givenBy'],
    giverName: v.giverName.trim(),
    givenOn: v.givenOn,
    scope: v.scope.trim(),
    documentRef: v.documentRef.trim(),
    birthDate: birthDate || undefined,
  };
}

/** The consent's inputs; `field` binds each to the form that holds them, wherever it keeps the consent. */
export function ConsentFields({ field }: { field: (name: keyof ConsentValues) => GetInputPropsReturnType }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('consent.fields.givenBy')}
        data={(['SELF', 'PARENT', 'GUARDIAN'] as const).map((g) => ({ value: g, label: t(`consent.${g}`) }))}
        allowDeselect={false}
        withAsterisk
        {...field('givenBy')}
      />
      <TextInput label={t('consent.fields.giverName')} withAsterisk {...field('giverName')} />
      <TextInput type="date" label={t('consent.fields.givenOn')} withAsterisk {...field('givenOn')} />
      <TextInput label={t('consent.fields.documentRef')} withAsterisk {...field('documentRef')} />
      <TextInput label={t('consent.fields.scope')} withAsterisk {...field('scope')} />
    </SimpleGrid>
  );
}
