import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Template } from '../api';

const STATUS_COLORS: Record<Template['status'], string> = {
  DRAFT: 'yellow',
  PUBLISHED: 'green',
  RETIRED: 'gray',
};

export function TemplateStatusBadge({
  status,
  versionNo,
}: {
  status: Template['status'];
  versionNo: number;
}) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`questionnaires.statuses.${status}`)} · {t('questionnaires.versionNo', { n: versionNo })}
    </Badge>
  );
}
