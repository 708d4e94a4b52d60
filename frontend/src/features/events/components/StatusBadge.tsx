import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { EventStatus } from '../api';

const COLORS: Record<EventStatus, string> = { ANNOUNCED: 'blue', COMPLETED: 'green', CANCELLED: 'gray' };

export function StatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`events.statuses.${status}`)}
    </Badge>
  );
}
