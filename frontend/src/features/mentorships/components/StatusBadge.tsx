import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { MentorshipStatus } from '../api';

const COLORS: Record<MentorshipStatus, string> = {
  PROPOSED: 'yellow',
  APPROVED: 'blue',
  ACTIVE: 'green',
  COMPLETED: 'gray',
  TERMINATED: 'red',
};

export function StatusBadge({ status }: { status: MentorshipStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`mentorshipStatus.${status}`)}
    </Badge>
  );
}
