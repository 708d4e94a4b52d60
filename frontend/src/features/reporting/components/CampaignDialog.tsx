import { Button, Group, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { currentStartYear } from '../../../lib/dates';
import { showSaveError } from '../../../lib/forms';
import { indicatorsQuery, type Indicator } from '../../monitoring/api';
import { useCreateCampaign, type CampaignInput } from '../api';

interface Values {
  title: string;
  year: number | string;
  part: 'whole' | '1' | '2';
  dueOn: string;
  indicators: string[];
}

/** The form of a new campaign: the period is a whole academic year or one of its halves. */
export function CampaignForm({ regionId, onClose }: { regionId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateCampaign(regionId);
  const indicators = useQuery(indicatorsQuery());
  const form = useForm<Values>({
    initialValues: { title: '', year: currentStartYear(), part: '1', dueOn: '', indicators: [] },
    validate: {
      title: (v) => (v.trim() ? null : t('reporting.v.title')),
      year: (v) => (typeof v === 'number' && v >= 2000 ? null : t('reporting.v.year')),
      dueOn: (v) => (v ? null : t('reporting.v.dueOn')),
      indicators: (v) => (v.length > 0 ? null : t('reporting.v.indicators')),
    },
  });
  const submit = form.onSubmit(async (v) => {
    const body: CampaignInput = {
      title: v.title.trim(),
      dueOn: v.dueOn,
      indicators: v.indicators as Indicator[],
      ...(v.part === 'whole' ? { year: Number(v.year) } : { half: `${v.year}-${v.part}` }),
    };
    try {
      await create.mutateAsync(body);
      notifications.show({ color: 'green', message: t('reporting.created') });
      onClose();
    } catch (error) {
      // The server names the period `year` or `half`; both are shown at the year.
      showSaveError(form, error, { half: 'year' });
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('reporting.f.title')} withAsterisk {...form.getInputProps('title')} />
        <Group grow>
          <NumberInput
            label={t('reporting.f.year')}
            withAsterisk
            min={2000}
            max={2100}
            {...form.getInputProps('year')}
          />
          <Select
            label={t('reporting.f.part')}
            allowDeselect={false}
            data={[
              { value: 'whole', label: t('reporting.f.whole') },
              { value: '1', label: t('reporting.f.h1') },
              { value: '2', label: t('reporting.f.h2') },
            ]}
            {...form.getInputProps('part')}
          />
        </Group>
        <TextInput type="date" label={t('reporting.f.dueOn')} withAsterisk {...form.getInputProps('dueOn')} />
        <MultiSelect
          label={t('reporting.f.indicators')}
          withAsterisk
          searchable
          data={(indicators.data ?? []).map((i) => ({ value: i.code, label: i.title }))}
          {...form.getInputProps('indicators')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('reporting.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
