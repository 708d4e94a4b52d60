import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ReportStatus } from '../api';

const COLORS: Record<ReportStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  ACCEPTED: 'green',
};

/** A report's state; one not begun reads «не сдан», and a passed due date adds «просрочен». */
export function ReportBadge({ status, late }: { status?: ReportStatus; late?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {status ? (
        <Badge color={COLORS[status]} variant="light">
          {t(`reporting.status.${status}`)}
        </Badge>
      ) : (
        <Badge color="gray" variant="outline">
          {t('reporting.status.missing')}
        </Badge>
      )}
      {late && (
        <Badge color="red" variant="light">
          {t('reporting.status.late')}
        </Badge>
      )}
    </Group>
  );
}
