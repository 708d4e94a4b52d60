import { Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../lib/api/client';

export type SideAgreementInput = Schemas['SideAgreementInput'];
export type PairSide = Schemas['PairSide'];

/** One side of a pair whose agreement is recorded: the mentor or a mentee. */
export interface Side {
  participantId: string;
  fullName: string;
  side: PairSide;
  /** Whether a parent or guardian agrees for them; unknown when the birth date is not stated. */
  minor?: boolean | null;
}

export interface AgreementValue {
  participantId: string;
  fullName: string;
  side: PairSide;
  givenBy: string;
  giverName: string;
  agreedOn: string;
}

/** A row for each side, filled as it usually is: an adult agrees in their own name, a minor's parent for them. */
export function agreementValues(sides: Side[], today: string): AgreementValue[] {
  return sides.map((s) => ({
    participantId: s.participantId,
    fullName: s.fullName,
    side: s.side,
    givenBy: s.minor ? 'PARENT' : 'SELF',
    giverName: s.minor ? '' : s.fullName,
    agreedOn: today,
  }));
}

export function toAgreementInputs(values: AgreementValue[]): SideAgreementInput[] {
  return values.map((v) => ({
    participantId: v.participantId,
    givenBy: v.givenBy as SideAgreementInput['givenBy'],
    giverName: v.giverName.trim(),
    agreedOn: v.agreedOn,
  }));
}

/** Mantine's rules for the rows, under the form's `agreements` list. */
export function agreementRules(t: (key: string) => string) {
  return {
    giverName: (v: string) => (v.trim() ? null : t('plan.agreement.validation.giverName')),
    agreedOn: (v: string) => (v ? null : t('plan.agreement.validation.date')),
  };
}

/**
 * The agreement of every side: who gave it (the person, or for a minor a parent or guardian), their name and the
 * date. `field` binds each input to the form that holds the rows.
 */
export function AgreementFields({
  values,
  field,
  error,
}: {
  values: AgreementValue[];
  field: (index: number, name: 'givenBy' | 'giverName' | 'agreedOn') => GetInputPropsReturnType;
  /** A refusal about the agreements as a whole, such as a side that did not agree. */
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      {values.map((v, i) => (
        <Paper key={v.participantId} withBorder p="sm">
          <Text fw={500} mb="xs">
            {t(`plan.sides.${v.side}`)}: {v.fullName}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('plan.agreement.givenBy')}
              data={(['SELF', 'PARENT', 'GUARDIAN'] as const).map((g) => ({
                value: g,
                label: t(`consent.${g}`),
              }))}
              allowDeselect={false}
              withAsterisk
              {...field(i, 'givenBy')}
            />
            <TextInput label={t('plan.agreement.giverName')} withAsterisk {...field(i, 'giverName')} />
            <TextInput
              type="date"
              label={t('plan.agreement.agreedOn')}
              withAsterisk
              {...field(i, 'agreedOn')}
            />
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
