import { expect, test, type Browser, type Page } from '@playwright/test';

import { expectAccessible, login, shot } from './support';

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

async function openCampaign(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Отчёты', exact: true }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

async function confirm(page: Page, action: string): Promise<void> {
  await page
    .getByRole('dialog', { name: 'Подтвердите действие' })
    .getByRole('button', { name: action })
    .click();
}

test('a school report goes up, comes back with a comment, is accepted, and the municipal report reaches the region', async ({
  browser,
}) => {
  test.slow();
  const title = `Мониторинг за I полугодие (проверка ${Date.now()})`;

  const region = await as(browser, 'region');
  await region.getByRole('link', { name: 'Отчёты', exact: true }).click();
  await region.getByRole('button', { name: 'Новая кампания' }).click();
  const dialog = region.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Название' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Срок сдачи' }).fill('2027-02-10');
  await dialog.getByLabel('Показатели').click();
  await region.getByRole('option', { name: /Обучающиеся общеобразовательных организаций/ }).click();
  await region.keyboard.press('Escape');
  await expectAccessible(region, 'a new campaign');
  await dialog.getByRole('button', { name: 'Новая кампания' }).click();
  await expect(region.getByRole('link', { name: title })).toBeVisible();

  // The curator writes the note and sends the report.
  const school = await as(browser, 'school');
  await openCampaign(school, title);
  await school.getByRole('textbox', { name: 'Что сделано' }).fill('Сформировано 12 пар, проведены встречи');
  await school.getByRole('button', { name: 'Сохранить' }).click();
  // The submission names the version the save answered with.
  await expect(school.getByText('Сохранено', { exact: true }).first()).toBeVisible();
  await school.getByRole('button', { name: 'Отправить в муниципалитет' }).click();
  await confirm(school, 'Отправить в муниципалитет');
  await expect(school.getByText('Показатели закреплены при отправке')).toBeVisible();
  await expectAccessible(school, 'a submitted school report');

  // The municipality returns it with a comment.
  const muni = await as(browser, 'muni');
  await openCampaign(muni, title);
  await muni.getByRole('link', { name: 'МОУ СОШ № 17' }).click();
  await muni.getByRole('button', { name: 'Вернуть на доработку' }).click();
  await muni.getByRole('textbox', { name: 'Что исправить' }).fill('Добавьте планы на II полугодие');
  await muni.getByRole('dialog').getByRole('button', { name: 'Вернуть на доработку' }).click();
  await confirm(muni, 'Вернуть на доработку');
  await expect(muni.getByText('Отчёт возвращён').first()).toBeVisible();

  // The curator sees the comment and sends version 2.
  await school.reload();
  await expect(school.getByText('Добавьте планы на II полугодие').first()).toBeVisible();
  await school.getByRole('textbox', { name: 'Планы' }).fill('Провести итоговые встречи в мае');
  await school.getByRole('button', { name: 'Отправить в муниципалитет' }).click();
  await confirm(school, 'Отправить в муниципалитет');
  await expect(school.getByText('Версия 2').first()).toBeVisible();
  await shot(school, 'reports-school-resubmitted');

  // The municipality accepts it and sends its own report to the region.
  await muni.reload();
  await muni.getByRole('button', { name: 'Принять' }).click();
  await confirm(muni, 'Принять');
  await expect(muni.getByText('Отчёт принят').first()).toBeVisible();
  await openCampaign(muni, title);
  await muni.getByRole('link', { name: 'Отчёт муниципалитета' }).click();
  await muni.getByRole('textbox', { name: 'Что сделано' }).fill('Все школы сдали отчёты');
  await muni.getByRole('button', { name: 'Отправить в регион' }).click();
  await confirm(muni, 'Отправить в регион');
  await expect(muni.getByText('Показатели закреплены при отправке')).toBeVisible();
  await expectAccessible(muni, 'a submitted municipal report');

  // The region sees it in the campaign's summary.
  await openCampaign(region, title);
  const row = region.getByRole('row').filter({ hasText: 'город Тверь' });
  await expect(row).toContainText('отправлен');
  await expectAccessible(region, 'the campaign’s summary');
  await shot(region, 'reports-region-summary');
});
