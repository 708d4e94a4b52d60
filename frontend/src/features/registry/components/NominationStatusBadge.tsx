import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { NominationStatus } from '../api';

const COLORS: Record<NominationStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  INCLUDED: 'green',
  RECOMMENDED: 'grape',
  REGIONAL: 'teal',
  DECLINED: 'yellow',
  WITHDRAWN: 'dark',
};

export function NominationStatusBadge({ status }: { status: NominationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`registry.status.${status}`)}
    </Badge>
  );
}
