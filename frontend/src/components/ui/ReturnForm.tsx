import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { showSaveError } from '../../lib/forms';
import { confirmAction } from './confirm';

export interface ReturnFormLabels {
  /** The comment field's label. */
  comment: string;
  /** Shown when the comment is left empty. */
  required: string;
  /** The question asked before sending. */
  question: string;
  /** The send button's and the confirmation's label. */
  action: string;
}

/** Returning for rework needs a comment saying what to change; it is sent only after the user confirms. */
export function ReturnForm({
  labels,
  onSend,
  onClose,
}: {
  labels: ReturnFormLabels;
  onSend: (comment: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { comment: '' },
    validate: { comment: (v) => (v.trim() ? null : labels.required) },
  });
  const submit = form.onSubmit((values) =>
    confirmAction(labels.question, labels.action, () => {
      onSend(values.comment.trim())
        .then(onClose)
        .catch((e: unknown) => showSaveError(form, e));
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea
          label={labels.comment}
          autosize
          minRows={3}
          maxLength={2000}
          withAsterisk
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="orange">
            {labels.action}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
