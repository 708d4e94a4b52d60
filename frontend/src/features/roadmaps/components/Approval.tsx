import { useTranslation } from 'react-i18next';

import { formatDate } from '../../../lib/dates';
import type { Roadmap } from '../api';

/** The document approving a roadmap, as orders are cited: «Приказ директора № 112-о/д от 29.08.2026». */
export function Approval({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const { approvalTitle, approvalNumber, approvalDate } = roadmap;
  return approvalNumber && approvalDate
    ? t('roadmaps.approvalLine', {
        title: approvalTitle ?? '',
        number: approvalNumber,
        date: formatDate(approvalDate),
      })
    : t('roadmaps.notApproved');
}
