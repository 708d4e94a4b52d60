import { expect, test } from '@playwright/test';

import { expectAccessible, login } from './support';

/** The pages the other tests pass through in passing or not at all, each checked once. */
test('a curator’s questionnaires, their summary, the builder, the orders, the chart and a missing page', async ({
  page,
}) => {
  // Seven pages, each checked by axe, the first among them the curator's home with its figures.
  test.slow();
  await login(page, 'school');
  await page
    .getByRole('region', { name: 'Контингент по учебным годам' })
    .getByRole('button', { name: 'Показать диаграмму' })
    .click();
  await expect(
    page.getByRole('img', { name: 'Обучающиеся и педагоги по годам' }).locator('canvas'),
  ).toBeVisible();
  await expectAccessible(page, 'the school page with its chart');

  await page.getByRole('link', { name: 'Анкеты' }).click();
  const list = page.getByRole('table', { name: 'Анкеты' });
  await expect(list.getByRole('link', { name: 'Анкета наставляемого', exact: true })).toBeVisible();
  await expectAccessible(page, 'the questionnaires');

  await list.getByRole('link', { name: 'Анкета наставляемого', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Анкета наставляемого' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Предпросмотр' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, 'a questionnaire with its preview');

  await page.getByRole('link', { name: 'Сводка ответов' }).click();
  await expect(page.getByRole('heading', { name: 'Сводка ответов: Анкета наставляемого' })).toBeVisible();
  await expect(page.locator('canvas').first()).toBeVisible();
  await expectAccessible(page, 'a questionnaire’s summary with its charts');

  await page.goto('/questionnaires/new');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'the questionnaire builder');

  await page.goto('/mentorships/orders');
  await expect(page.getByRole('heading', { name: 'Приказы о закреплении пар' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, 'the orders');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  await expectAccessible(page, 'a missing page');
});

test('a regional coordinator’s municipalities', async ({ page }) => {
  await login(page, 'region');
  await page.getByRole('link', { name: 'Муниципалитеты' }).click();
  await expect(page.getByRole('table', { name: 'Муниципалитеты' })).toContainText(
    'Городской округ город Тверь',
  );
  await expectAccessible(page, 'the municipalities');
});

test('a municipal coordinator’s matching', async ({ page }) => {
  await login(page, 'muni');
  await page.getByRole('link', { name: 'Подбор пар' }).click();
  await expect(page.getByRole('heading', { name: 'Муниципальный подбор пар' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, 'municipal matching');
});
