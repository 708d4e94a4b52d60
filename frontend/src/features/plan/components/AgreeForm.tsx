import { Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import {
  AgreementFields,
  agreementRules,
  agreementValues,
  toAgreementInputs,
  type AgreementValue,
} from '../../../components/ui/AgreementFields';
import { today } from '../../../lib/dates';
import { showSaveError } from '../../../lib/forms';
import { useAgreeProgramme, type Programme } from '../api';
import { FormButtons } from './fields';

/** Records that the mentor and every mentee agreed, a minor through a parent or guardian, each with the date. */
export function AgreeForm({
  schoolId,
  programme,
  onDone,
}: {
  schoolId: string;
  programme: Programme;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useAgreeProgramme(schoolId, programme.mentorshipId);
  const form = useForm<{ agreements: AgreementValue[] }>({
    initialValues: { agreements: agreementValues(programme.parties, today()) },
    validate: { agreements: agreementRules(t) },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      await mutation.mutateAsync({
        version: programme.version,
        agreements: toAgreementInputs(values.agreements),
      });
      notifications.show({ color: 'green', message: t('plan.agreed') });
      onDone();
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('plan.agreeHint')}</Text>
        <AgreementFields
          values={form.values.agreements}
          field={(i, name) => form.getInputProps(`agreements.${i}.${name}`)}
          error={form.errors.agreements}
        />
        <FormButtons onCancel={onDone} pending={mutation.isPending} label={t('plan.agree')} />
      </Stack>
    </form>
  );
}
