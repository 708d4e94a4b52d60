import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { showSaveError } from '../../../lib/forms';
import { useMentorships } from '../../mentorships/api';
import { useParticipants } from '../../participants/api';
import { REWARD_KINDS, useSaveReward, type Reward } from '../api';
import { rewardValues, toRewardInput, validateReward, type RewardValues } from './rewardForm';

interface Props {
  schoolId: string;
  opened: boolean;
  onClose: () => void;
  /** The reward to change; null for a new one. */
  reward: Reward | null;
  /** A participant the new reward is for, when it is added from their page. */
  participant?: { id: string; fullName: string };
}

export function RewardDialog({ schoolId, opened, onClose, reward, participant }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(reward ? 'recognition.rewards.editTitle' : 'recognition.rewards.new')}
      size="lg"
    >
      {opened && (
        <RewardForm schoolId={schoolId} reward={reward} participant={participant} onClose={onClose} />
      )}
    </Modal>
  );
}

function RewardForm({
  schoolId,
  reward,
  participant,
  onClose,
}: Omit<Props, 'opened'> & { onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveReward(schoolId);
  const form = useForm<RewardValues>({
    initialValues: rewardValues(reward, participant?.id),
    validate: (v) =>
      validateReward(v, {
        participant: t('recognition.rewards.validation.participant'),
        kind: t('recognition.rewards.validation.kind'),
        otherKind: t('recognition.rewards.validation.otherKind'),
        title: t('recognition.rewards.validation.title'),
        awardedOn: t('recognition.rewards.validation.awardedOn'),
        future: t('recognition.rewards.validation.future'),
        awardedBy: t('recognition.rewards.validation.awardedBy'),
      }),
  });
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const fixed =
    participant ?? (reward ? { id: reward.participantId, fullName: reward.participantName } : null);
  const candidates = useParticipants(schoolId, {
    consent: 'valid',
    q: q || undefined,
    page: 0,
    size: 50,
    sort: 'fullName,asc',
  });
  const people = new Map((candidates.data?.items ?? []).map((p) => [p.id, p.fullName]));
  if (fixed) {
    people.set(fixed.id, fixed.fullName);
  }
  const pairs = useMentorships(schoolId, {
    participantId: form.values.participantId || undefined,
    page: 0,
    size: 100,
    sort: 'plannedStart,desc',
  });

  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync({ id: reward?.id, body: toRewardInput(values, reward?.version) });
      notifications.show({ color: 'green', message: t('recognition.rewards.saved') });
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('recognition.rewards.fields.participant')}
          data={[...people].map(([value, label]) => ({ value, label }))}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          disabled={!!participant}
          nothingFoundMessage={t('common.nothingFound')}
          withAsterisk
          {...form.getInputProps('participantId')}
          onChange={(v) => {
            form.setFieldValue('participantId', v ?? '');
            form.setFieldValue('mentorshipId', '');
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('recognition.rewards.fields.kind')}
            data={REWARD_KINDS.map((k) => ({ value: k, label: t(`recognition.rewardKinds.${k}`) }))}
            allowDeselect={false}
            withAsterisk
            {...form.getInputProps('kind')}
          />
          {form.values.kind === 'OTHER' && (
            <TextInput
              label={t('recognition.rewards.fields.otherKind')}
              withAsterisk
              {...form.getInputProps('otherKind')}
            />
          )}
        </SimpleGrid>
        <Textarea
          label={t('recognition.rewards.fields.title')}
          autosize
          minRows={2}
          withAsterisk
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('recognition.rewards.fields.awardedOn')}
            withAsterisk
            {...form.getInputProps('awardedOn')}
          />
          <TextInput
            label={t('recognition.rewards.fields.documentRef')}
            {...form.getInputProps('documentRef')}
          />
        </SimpleGrid>
        <TextInput
          label={t('recognition.rewards.fields.awardedBy')}
          placeholder={t('recognition.rewards.awardedByPlaceholder')}
          withAsterisk
          {...form.getInputProps('awardedBy')}
        />
        <Select
          label={t('recognition.rewards.fields.mentorship')}
          placeholder={t('recognition.rewards.noMentorship')}
          data={(pairs.data?.items ?? []).map((m) => ({
            value: m.id,
            label: `${m.mentor.fullName} — ${m.mentees.map((p) => p.fullName).join(', ')}`,
          }))}
          disabled={!form.values.participantId}
          clearable
          {...form.getInputProps('mentorshipId')}
          onChange={(v) => form.setFieldValue('mentorshipId', v ?? '')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
