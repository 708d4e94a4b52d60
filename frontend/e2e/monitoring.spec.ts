import { expect, test, type Page } from '@playwright/test';

import { expectAccessible, login, shot } from './support';

/** Today where the browser is, as the campaign form takes it. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * Opens a campaign due today: of the campaigns not yet due, the one due first is what the home pages follow, and
 * the newest of those due the same day.
 */
async function openCampaignDueToday(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Отчёты', exact: true }).click();
  await page.getByRole('button', { name: 'Новая кампания' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Название' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Срок сдачи' }).fill(today());
  await dialog.getByLabel('Показатели').click();
  await page.getByRole('option', { name: /Обучающиеся общеобразовательных организаций/ }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Новая кампания' }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
}

test('the regional and the municipal coordinator land on their dashboards, with the current campaign’s reports', async ({
  browser,
}) => {
  test.slow();
  const title = `Мониторинг для главной (проверка ${Date.now()})`;
  const region = await (await browser.newContext()).newPage();
  await login(region, 'region');
  await expect(region.getByRole('heading', { level: 1 })).toHaveText('Мониторинг: Тверская область');
  await expect(region.getByRole('list', { name: 'Показатели' }).getByRole('listitem').first()).toBeVisible();
  await openCampaignDueToday(region, title);

  await region.getByRole('link', { name: 'Мониторинг', exact: true }).click();
  const campaign = region.getByRole('region', { name: 'Отчётная кампания' });
  await expect(campaign.getByRole('link', { name: title })).toBeVisible();
  const municipalities = campaign.getByRole('table', { name: `Отчёты кампании «${title}»` });
  const tver = municipalities.getByRole('row', { name: /Городской округ город Тверь/ });
  await expect(tver).toContainText('не сдан');
  await expect(tver).toContainText(/не сдано [1-9]/);
  await expect(campaign.getByRole('list', { name: 'Отчёты по состояниям' })).toContainText('не сданы');
  await expectAccessible(region, 'the region’s home with the campaign');
  await shot(region, 'home-region');
  await expect(region.getByRole('link', { name: 'Организации', exact: true })).toBeVisible();
  // The campaign's own page lists the same reports.
  await campaign.getByRole('link', { name: title }).click();
  await expect(region.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    region
      .getByRole('table', { name: `Отчёты кампании «${title}»` })
      .getByRole('row', { name: /Городской округ город Тверь/ }),
  ).toContainText('не сдан');

  const muni = await (await browser.newContext()).newPage();
  await login(muni, 'muni');
  await expect(muni.getByRole('heading', { level: 1 })).toHaveText('Мониторинг: Городской округ город Тверь');
  const schools = muni
    .getByRole('region', { name: 'Отчётная кампания' })
    .getByRole('table', { name: `Отчёты кампании «${title}»` });
  await expect(schools.getByRole('row', { name: /МОУ СОШ № 17/ })).toContainText('не сдан');
  await expectAccessible(muni, 'the municipality’s home with the campaign');
  await shot(muni, 'home-municipality');
  await muni.getByRole('link', { name: 'Организации', exact: true }).click();
  await expect(muni.getByRole('table', { name: 'Образовательные организации' })).toContainText(
    'МОУ СОШ № 17',
  );
});

test('a regional coordinator reads the region’s figures, drills down to a municipality and draws its chart', async ({
  page,
}) => {
  await login(page, 'region');
  await page.getByRole('link', { name: 'Мониторинг', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Мониторинг: Тверская область');
  const cards = page.getByRole('list', { name: 'Показатели' });
  await expect(cards.getByRole('listitem').first()).toBeVisible();
  await expect(cards).toContainText('Обучающиеся общеобразовательных организаций');
  await expectAccessible(page, 'the region’s dashboard');
  await shot(page, 'monitoring-region');

  // The ranking of the municipalities leads to the municipality's own dashboard, for the same period.
  await page.getByText('I полугодие', { exact: true }).click();
  await expect(page).toHaveURL(/period=\d{4}-1/);
  await page
    .getByRole('link', { name: /город Тверь/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Мониторинг: Городской округ город Тверь');
  await expect(page).toHaveURL(/period=\d{4}-1/);
  await expectAccessible(page, 'a municipality’s dashboard seen by the region');

  await page.getByRole('button', { name: 'Показать диаграмму' }).first().click();
  await expect(page.locator('canvas').first()).toBeVisible();
  await expectAccessible(page, 'a municipality’s dashboard with its chart');
  await shot(page, 'monitoring-municipality-chart');

  await page.goto('/monitoring/targets');
  await expect(page.getByRole('heading', { level: 1, name: 'Целевые показатели' })).toBeVisible();
  await expectAccessible(page, 'the region’s targets');
});

test('a curator sees what needs attention and the school’s own figures beside it', async ({ page }) => {
  await login(page, 'school');
  await expect(page.getByRole('heading', { name: 'Что требует внимания' })).toBeVisible();
  const figures = page.getByRole('region', { name: 'Показатели школы' });
  await expect(figures.getByRole('list', { name: 'Показатели' }).getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page, 'the curator’s school page with its figures');
  await shot(page, 'home-school');
});
