import { Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { academicYearLabel, currentStartYear, formatDate } from '../../../lib/dates';
import type { Figures } from '../api';
import type { PeriodChoice } from '../figures';

/** The academic years one can pick: this one and four before it, as far back as the trend goes and a little more. */
function years(): number[] {
  const now = currentStartYear();
  return [0, 1, 2, 3, 4].map((back) => now - back);
}

/** Academic year, its half and the date the figures are cut at; below it, the period the server answered for. */
export function PeriodPicker({
  value,
  onChange,
  shown,
}: {
  value: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
  shown?: Figures['period'];
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" size="sm" fw={500}>
        {t('monitoring.period.legend')}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('monitoring.period.year')}
          data={years().map((y) => ({ value: String(y), label: academicYearLabel(y) }))}
          value={String(value.startYear)}
          onChange={(v) => v && onChange({ ...value, startYear: Number(v) })}
          allowDeselect={false}
          w={140}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="period-part">
            {t('monitoring.period.part')}
          </Text>
          <SegmentedControl
            aria-labelledby="period-part"
            value={String(value.half)}
            onChange={(v) => onChange({ ...value, half: Number(v) as PeriodChoice['half'] })}
            data={[
              { value: '0', label: t('monitoring.period.whole') },
              { value: '1', label: t('monitoring.period.half1') },
              { value: '2', label: t('monitoring.period.half2') },
            ]}
          />
        </Stack>
        <TextInput
          type="date"
          label={t('monitoring.period.asOf')}
          description={t('monitoring.period.asOfHint')}
          value={value.asOf ?? ''}
          onChange={(e) => onChange({ ...value, asOf: e.currentTarget.value || undefined })}
        />
      </Group>
      {shown && (
        <Text size="sm" aria-live="polite">
          {t('monitoring.period.shown', {
            label: shown.label,
            from: formatDate(shown.from),
            to: formatDate(shown.to),
          })}
        </Text>
      )}
    </Stack>
  );
}
