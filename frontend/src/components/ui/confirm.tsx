import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';

import i18n from '../../lib/i18n';

/** Asks before a destructive action; runs it only on an explicit "yes". */
export function confirmAction(message: string, confirmLabel: string, onConfirm: () => void) {
  modals.openConfirmModal({
    title: i18n.t('common.confirm'),
    children: <Text size="sm">{message}</Text>,
    labels: { confirm: confirmLabel, cancel: i18n.t('common.cancel') },
    confirmProps: { color: 'red' },
    onConfirm,
  });
}
