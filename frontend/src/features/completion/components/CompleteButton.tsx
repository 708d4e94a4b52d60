import { Button, Loader, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { useCompletion } from '../api';
import type { Mentorship } from '../../mentorships/api';
import { CompletionWizard } from './CompletionWizard';

/** Stands on the pair's page in place of a plain "complete": the pair is completed through the wizard. */
export function CompleteButton({ schoolId, mentorship }: { schoolId: string; mentorship: Mentorship }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>{t('completion.complete')}</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('completion.wizardTitle')} size="xl">
        {opened && <WizardLoader schoolId={schoolId} id={mentorship.id} onDone={() => setOpened(false)} />}
      </Modal>
    </>
  );
}

function WizardLoader({ schoolId, id, onDone }: { schoolId: string; id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const draft = useCompletion(schoolId, id);
  if (draft.error) {
    return <ErrorAlert error={draft.error} />;
  }
  if (!draft.data) {
    return (
      <Stack align="center">
        <Loader aria-label={t('completion.loading')} />
        <Text size="sm">{t('completion.loading')}</Text>
      </Stack>
    );
  }
  return <CompletionWizard schoolId={schoolId} draft={draft.data} onDone={onDone} />;
}
