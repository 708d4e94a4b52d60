import { expect, test, type Browser, type Page } from '@playwright/test';

import { expectAccessible, login, shot } from './support';

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await login(page, username);
  return page;
}

async function confirm(page: Page, action: string): Promise<void> {
  await page
    .getByRole('dialog', { name: 'Подтвердите действие' })
    .getByRole('button', { name: action })
    .click();
}

/** The academic year under way, as the SPA offers it by default: it starts in September. */
function yearLabel(): string {
  const now = new Date();
  const start = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
  return `${start}/${start + 1}`;
}

test('a curator keeps the roadmap from the template, the municipality follows its progress, and the audit trail shows what was done', async ({
  browser,
}) => {
  test.slow();
  const school = await as(browser, 'school');
  await expect(school.getByTestId('roadmaps-overdue')).toBeVisible();
  await school.getByRole('link', { name: 'Дорожные карты', exact: true }).click();
  await expect(school.getByRole('heading', { name: 'Дорожные карты', level: 1 })).toBeVisible();
  await expectAccessible(school, 'the list of roadmaps');

  // One roadmap per year: an earlier run's goes first.
  const list = school.getByRole('table', { name: 'Дорожные карты' });
  const earlier = list.getByRole('row').filter({ hasText: yearLabel() });
  if ((await earlier.count()) > 0) {
    await earlier.getByRole('button', { name: 'Удалить' }).click();
    await confirm(school, 'Удалить');
    await expect(earlier).toHaveCount(0);
  }

  await school.getByRole('button', { name: 'Составить дорожную карту' }).click();
  const dialog = school.getByRole('dialog', { name: 'Новая дорожная карта' });
  await expect(dialog.getByText(/мероприятий — \d+/)).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Документ об утверждении' }).fill('Приказ директора');
  await dialog.getByRole('textbox', { name: 'Номер документа' }).fill('112-о/д');
  await dialog.getByRole('textbox', { name: 'Дата документа' }).fill('2026-08-29');
  await expectAccessible(school, 'a new roadmap');
  await dialog.getByRole('button', { name: 'Составить дорожную карту' }).click();
  await expect(school.getByText(/Приказ директора № 112-о\/д от 29\.08\.2026/)).toBeVisible();
  const items = school.getByRole('table', { name: 'Мероприятия' });
  await expect(items.getByRole('row').nth(2)).toBeVisible();
  await expectAccessible(school, 'a roadmap from the template');

  // The months of the first stages have passed: those items are flagged, and the overdue view shows them alone.
  await school.getByText('Просроченные', { exact: true }).click();
  const overdue = items.getByRole('row').filter({ hasText: 'Просрочено' });
  await expect(overdue.first()).toBeVisible();
  const activity = (await overdue.first().getByRole('cell').first().innerText()).trim();
  await expectAccessible(school, 'the overdue items');
  await shot(school, 'roadmap-overdue');

  // Done, with a note: it leaves the overdue view.
  await overdue.first().getByRole('button', { name: 'Изменить' }).click();
  const edit = school.getByRole('dialog', { name: 'Изменение мероприятия' });
  await edit.getByRole('combobox', { name: 'Состояние' }).click();
  await school.getByRole('option', { name: 'Выполнено' }).click();
  await edit
    .getByRole('textbox', { name: 'Отметка о выполнении' })
    .fill('Приказ издан, размещён на сайте школы');
  await edit
    .getByRole('textbox', { name: 'Ссылка на подтверждение' })
    .fill('https://school17.example.ru/prikaz');
  await expectAccessible(school, 'an item being marked done');
  await edit.getByRole('button', { name: 'Сохранить' }).click();
  await expect(edit).toBeHidden();
  await expect(items.getByRole('row').filter({ hasText: activity })).toHaveCount(0);
  await school.getByText('Все', { exact: true }).click();
  await expect(items.getByText('Приказ издан, размещён на сайте школы')).toBeVisible();

  const downloading = school.waitForEvent('download');
  await school.getByRole('button', { name: 'Скачать (.xlsx)' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.xlsx$/);

  // The municipality sees the school's progress, and its overdue count on the dashboard.
  const muni = await as(browser, 'muni');
  await expect(muni.getByTestId('roadmaps-overdue')).toBeVisible();
  await muni.getByRole('link', { name: 'Дорожные карты', exact: true }).click();
  const progress = muni.getByRole('table', { name: /Ход выполнения дорожных карт/ });
  const row = progress.getByRole('row').filter({ hasText: 'МОУ СОШ № 17' });
  await expect(row.getByText(/выполнено 1 из \d+/)).toBeVisible();
  await expect(row.getByRole('progressbar')).toBeVisible();
  await expectAccessible(muni, 'the progress of the schools');
  await row.getByRole('link', { name: /МОУ СОШ № 17/ }).click();
  await muni
    .getByRole('link', { name: /Дорожная карта/ })
    .first()
    .click();
  await expect(muni.getByText('Карта уровня ниже: только просмотр.')).toBeVisible();
  await expect(muni.getByText('Приказ издан, размещён на сайте школы')).toBeVisible();
  await expectAccessible(muni, "a school's roadmap read by the municipality");

  // The audit trail: its export is itself an entry.
  await school.getByRole('link', { name: 'Журнал действий', exact: true }).click();
  await expect(school.getByRole('heading', { name: 'Журнал действий', level: 1 })).toBeVisible();
  const exporting = school.waitForEvent('download');
  await school.getByRole('button', { name: 'Выгрузить (.xlsx)' }).click();
  expect((await exporting).suggestedFilename()).toMatch(/\.xlsx$/);
  await school.reload();
  const trail = school.getByRole('table', { name: 'Журнал действий' });
  await expect(trail.getByText('Выгружен журнал действий').first()).toBeVisible();
  await school.getByRole('combobox', { name: 'Группа' }).click();
  await school.getByRole('option', { name: 'Выгрузки файлов' }).click();
  await expect(trail.getByText('Выгружен журнал действий').first()).toBeVisible();
  await expectAccessible(school, 'the audit trail of the school');
  await shot(school, 'audit-school');

  await muni.getByRole('link', { name: 'Журнал действий', exact: true }).click();
  await expect(muni.getByRole('table', { name: 'Журнал действий' })).toBeVisible();
  await expectAccessible(muni, 'the audit trail of the municipality');
});
