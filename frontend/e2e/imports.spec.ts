import { expect, test } from '@playwright/test';

import { expectAccessible, login, shot } from './support';

test('a curator checks a CSV file, sees the dry-run report and then applies it', async ({ page }) => {
  const stamp = Date.now();
  const good = `Импортов Иван ${stamp}`;
  const csv = `ФИО;Категория;Наставник;Примечание\r\n${good};Педагог;да;из Excel\r\nОшибкин Пётр ${stamp};Космонавт;нет;\r\n`;

  await login(page, 'school');
  await page.getByRole('link', { name: 'Загрузка из файла' }).click();
  await expect(page.getByRole('heading', { name: 'Загрузка из файла' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, 'the upload page');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'участники.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: 'Проверить' }).click();

  await expect(page.getByText('Проверка завершена: данные не изменены')).toBeVisible();
  await expect(page.getByText('Столбец «Примечание» не используется и пропущен')).toBeVisible();
  const report = page.getByRole('table', { name: 'Отчёт по строкам' });
  await expect(report).toContainText('Неизвестное значение «Космонавт»');
  await expect(report).toContainText('Категория');
  await expectAccessible(page, 'a dry-run report');
  await shot(page, 'import-dry-run');

  await page.getByRole('button', { name: 'Применить изменения' }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Загрузить' })).toBeVisible();
  await expectAccessible(page, 'the apply dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Загрузить' }).click();
  await expect(page.getByText('Изменения внесены')).toBeVisible();
  await expect(page.getByTestId('import-status')).toHaveText('Завершена');
  await expectAccessible(page, 'an applied upload');
  await shot(page, 'import-applied');

  await page.getByRole('link', { name: 'Участники' }).click();
  await page.getByRole('textbox', { name: 'Поиск' }).fill(String(stamp));
  await expect(page.getByRole('table', { name: 'Участники программы' })).toContainText(good);
  await expect(page.getByRole('table', { name: 'Участники программы' })).not.toContainText('Ошибкин');
});
