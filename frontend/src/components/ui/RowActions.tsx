import { Button, Group, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { describeError } from '../../lib/api/problem';
import { confirmAction } from './confirm';

interface Props {
  onEdit: () => void;
  /** Asked before deleting. */
  deleteQuestion: string;
  onDelete: (callbacks: { onError: (error: unknown) => void }) => void;
}

/** The edit and delete buttons of a table row; deleting asks first and reports a refusal. */
export function RowActions({ onEdit, deleteQuestion, onDelete }: Props) {
  const { t } = useTranslation();
  const onError = (error: unknown) => notifications.show({ color: 'red', message: describeError(error) });
  return (
    <Table.Td>
      <Group gap="xs">
        <Button size="xs" variant="subtle" onClick={onEdit}>
          {t('common.edit')}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={() => confirmAction(deleteQuestion, t('common.delete'), () => onDelete({ onError }))}
        >
          {t('common.delete')}
        </Button>
      </Group>
    </Table.Td>
  );
}
