import { expect, test } from '@playwright/test';

import { expectAccessible, login, shot } from './support';

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

test('a curator sees what needs attention first and opens the school’s own figures beside it', async ({
  page,
}) => {
  await login(page, 'school');
  await expect(page.getByRole('heading', { name: 'Что требует внимания' })).toBeVisible();
  const figures = page.getByRole('region', { name: 'Показатели школы' });
  await figures.getByRole('button', { name: 'Показать' }).click();
  await expect(page.getByRole('list', { name: 'Показатели' })).toBeVisible();
  await expectAccessible(page, 'the curator’s school page with its figures');
});
