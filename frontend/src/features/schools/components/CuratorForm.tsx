import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { blankToUndefined, showSaveError } from '../../../lib/forms';
import { useSaveCurator, type Curator } from '../api';

const TEXT_FIELDS = ['fullName', 'position', 'email', 'phone', 'orderNumber', 'username'] as const;

type Values = Record<(typeof TEXT_FIELDS)[number] | 'orderDate', string>;

export default function CuratorForm({
  schoolId,
  existing,
  onDone,
}: {
  schoolId: string;
  existing: Curator | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveCurator(schoolId);
  const form = useForm<Values>({
    initialValues: {
      fullName: existing?.fullName ?? '',
      position: existing?.position ?? '',
      email: existing?.email ?? '',
      phone: existing?.phone ?? '',
      orderNumber: existing?.orderNumber ?? '',
      orderDate: existing?.orderDate ?? '',
      username: existing?.username ?? '',
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await save.mutateAsync({
        id: existing?.id,
        body: {
          fullName: v.fullName.trim(),
          position: v.position.trim(),
          email: blankToUndefined(v.email),
          phone: blankToUndefined(v.phone),
          orderNumber: v.orderNumber.trim(),
          orderDate: blankToUndefined(v.orderDate) as string,
          username: blankToUndefined(v.username),
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
        {TEXT_FIELDS.map((f) => (
          <TextInput
            key={f}
            label={t(`curators.fields.${f}`)}
            withAsterisk={f === 'fullName' || f === 'position' || f === 'orderNumber'}
            {...form.getInputProps(f)}
          />
        ))}
        <TextInput
          type="date"
          label={t('curators.fields.orderDate')}
          withAsterisk
          {...form.getInputProps('orderDate')}
        />
        <Button type="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
