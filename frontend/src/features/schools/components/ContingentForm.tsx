import { Button, NumberInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { currentStartYear } from '../../../lib/dates';
import { showSaveError } from '../../../lib/forms';
import { usePutContingent, type Contingent } from '../api';
import { CONTINGENT_FIELDS as FIELDS } from './contingentFields';

interface Values {
  startYear: number;
  pupils: number | string;
  teachers: number | string;
  youngTeachers: number | string;
  additionalPupils: number | string;
}

export default function ContingentForm({
  schoolId,
  existing,
  onDone,
}: {
  schoolId: string;
  existing: Contingent | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const put = usePutContingent(schoolId);
  const form = useForm<Values>({
    initialValues: {
      startYear: existing?.startYear ?? currentStartYear(),
      pupils: existing?.pupils ?? '',
      teachers: existing?.teachers ?? '',
      youngTeachers: existing?.youngTeachers ?? '',
      additionalPupils: existing?.additionalPupils ?? '',
    },
    validate: Object.fromEntries(
      FIELDS.map((f) => [f, (value: number | string) => (value === '' ? 'Заполните поле' : null)]),
    ),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await put.mutateAsync({
        startYear: v.startYear,
        body: {
          pupils: Number(v.pupils),
          teachers: Number(v.teachers),
          youngTeachers: Number(v.youngTeachers),
          additionalPupils: Number(v.additionalPupils),
          version: existing?.version,
        },
      });
      notifications.show({ color: 'green', message: t('common.saved') });
      onDone();
    } catch (error) {
      showSaveError(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <NumberInput
          label={t('contingent.fields.startYear')}
          disabled={existing !== null}
          min={2000}
          max={2100}
          {...form.getInputProps('startYear')}
        />
        {FIELDS.map((f) => (
          <NumberInput key={f} label={t(`contingent.fields.${f}`)} min={0} {...form.getInputProps(f)} />
        ))}
        <Button type="submit" loading={put.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
