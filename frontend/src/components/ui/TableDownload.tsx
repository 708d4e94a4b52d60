import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { downloadCsv, downloadXlsx, type TableFile } from '../../lib/tableFile';

/** Downloads the table beside a chart or a list with the numbers it shows, as .xlsx or CSV. */
export function TableDownload({ table }: { table: () => TableFile }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Button variant="default" size="xs" onClick={() => void downloadXlsx(table())}>
        {t('common.tableXlsx')}
      </Button>
      <Button variant="default" size="xs" onClick={() => downloadCsv(table())}>
        {t('common.tableCsv')}
      </Button>
    </Group>
  );
}
