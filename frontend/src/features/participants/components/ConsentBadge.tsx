import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Participant } from '../api';

const COLORS = { VALID: 'green', NONE: 'orange', WITHDRAWN: 'gray' } as const;

export function ConsentBadge({ status }: { status: Participant['consentStatus'] }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[status]}>{t(`consent.${status}`)}</Badge>;
}
