import { Button, Group, Select, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/** A choice of one of the enum's values, each shown by its label under `labels` in the locale. */
export function EnumSelect({
  label,
  values,
  labels,
  input,
  required = false,
}: {
  label: string;
  values: readonly string[];
  labels: string;
  input: GetInputPropsReturnType;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      data={values.map((v) => ({ value: v, label: t(`${labels}.${v}`) }))}
      allowDeselect={!required}
      clearable={!required}
      withAsterisk={required}
      {...input}
    />
  );
}

/** Why an agreed programme changes: asked by every form once the sides have agreed. */
export function ReasonField({ input }: { input: GetInputPropsReturnType }) {
  const { t } = useTranslation();
  return <Textarea label={t('plan.fields.reason')} withAsterisk autosize minRows={2} {...input} />;
}

export function FormButtons({
  onCancel,
  pending,
  label,
  color,
}: {
  onCancel: () => void;
  pending: boolean;
  label?: string;
  color?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending} color={color}>
        {label ?? t('common.save')}
      </Button>
    </Group>
  );
}
