import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describeError } from '../../lib/api/problem';

export type ExportFormat = 'xlsx' | 'csv';

/** A "download this list" button: Excel or CSV that Russian Excel opens by double-click. */
export function ExportMenu({ onExport }: { onExport: (format: ExportFormat) => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      await onExport(format);
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.exportFailed'), message: describeError(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" loading={busy}>
          {t('common.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void run('xlsx')}>{t('common.exportXlsx')}</Menu.Item>
        <Menu.Item onClick={() => void run('csv')}>{t('common.exportCsv')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
