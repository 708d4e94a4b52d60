import { Button, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { academicYearLabel, formatDate } from '../../../lib/dates';
import { showSaveError } from '../../../lib/forms';
import { useAllMunicipalities } from '../../municipalities/api';
import { targetsQuery, useIndicators, usePutTarget, type Target } from '../api';
import { formatValue } from '../figures';
import { initialTargetValues, overwritten, targetBody, valueError, type TargetValues } from '../targetForm';

/**
 * Sets one target. A target already set for the same indicator, year and municipality is replaced only after the
 * user confirms, and the request then carries its version, so that a change made meanwhile is refused, not lost.
 */
export function TargetForm({
  regionId,
  years,
  startYear,
  existing,
  onDone,
}: {
  regionId: string;
  years: number[];
  startYear: number;
  existing: Target | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const indicators = useIndicators();
  const municipalities = useAllMunicipalities();
  const put = usePutTarget(regionId);
  const unitOf = (code: string | null) => indicators.data?.find((i) => i.code === code)?.unit;
  const error = (key: string) => t(`monitoring.targets.errors.${key}`);
  const form = useForm<TargetValues>({
    initialValues: initialTargetValues(startYear, existing),
    validate: {
      indicator: (v) => (v ? null : error('indicator')),
      startYear: (v) => (v ? null : error('startYear')),
      value: (v, values) => {
        const key = valueError(v, unitOf(values.indicator));
        return key ? error(key) : null;
      },
      documentNumber: (v) =>
        !v.trim() ? error('documentNumber') : v.trim().length > 50 ? error('documentNumberLong') : null,
      documentDate: (v) => (v ? null : error('documentDate')),
      documentTitle: (v) => (v.trim().length > 300 ? error('documentTitleLong') : null),
    },
  });
  const save = async (values: TargetValues, replaces?: Target) => {
    try {
      await put.mutateAsync(targetBody(values, replaces));
      notifications.show({ color: 'green', message: t('common.saved') });
      onDone();
    } catch (e) {
      showSaveError(form, e);
    }
  };
  const submit = form.onSubmit(async (values) => {
    const current = await qc.fetchQuery(targetsQuery(regionId, Number(values.startYear))).catch(() => []);
    const old = overwritten(current, values);
    if (!old) {
      await save(values);
      return;
    }
    const place =
      municipalities.data?.items.find((m) => m.id === old.municipalityId)?.name ??
      t('monitoring.targets.wholeRegion');
    confirmAction(
      t('monitoring.targets.overwrite', {
        indicator: old.indicatorTitle,
        year: academicYearLabel(old.startYear),
        place,
        value: formatValue(old.value, old.unit),
        number: old.documentNumber,
        date: formatDate(old.documentDate),
      }),
      t('monitoring.targets.replace'),
      () => void save(values, old),
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('monitoring.targets.fields.indicator')}
          data={(indicators.data ?? []).map((i) => ({ value: i.code, label: i.title }))}
          disabled={existing !== null}
          searchable
          withAsterisk
          {...form.getInputProps('indicator')}
        />
        <Select
          label={t('monitoring.targets.fields.startYear')}
          data={years.map((y) => ({ value: String(y), label: academicYearLabel(y) }))}
          disabled={existing !== null}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('startYear')}
        />
        <Select
          label={t('monitoring.targets.fields.municipalityId')}
          description={t('monitoring.targets.fields.municipalityHint')}
          data={(municipalities.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
          disabled={existing !== null}
          searchable
          clearable
          {...form.getInputProps('municipalityId')}
        />
        <NumberInput
          label={t('monitoring.targets.fields.value')}
          decimalSeparator=","
          min={0}
          withAsterisk
          suffix={unitOf(form.values.indicator) === 'PERCENT' ? ' %' : undefined}
          {...form.getInputProps('value')}
        />
        <TextInput
          label={t('monitoring.targets.fields.documentNumber')}
          withAsterisk
          {...form.getInputProps('documentNumber')}
        />
        <TextInput
          type="date"
          label={t('monitoring.targets.fields.documentDate')}
          withAsterisk
          {...form.getInputProps('documentDate')}
        />
        <TextInput
          label={t('monitoring.targets.fields.documentTitle')}
          {...form.getInputProps('documentTitle')}
        />
        <Button type="submit" loading={put.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
