import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { BestPracticeStatus } from '../api';

const COLORS: Record<BestPracticeStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  ACCEPTED: 'green',
  RECOMMENDED: 'grape',
};

export function PracticeStatusBadge({ status }: { status: BestPracticeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`recognition.status.${status}`)}
    </Badge>
  );
}
