import { expect, test } from '@playwright/test';

import { expectAccessible, login, shot, uniqueInn } from './support';

test('a school curator sees their own school and no other', async ({ page }) => {
  await login(page, 'school');
  await expect(page.getByRole('heading', { name: 'МОУ СОШ № 17' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Моя организация' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Муниципалитеты' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Кураторы программы наставничества' })).toContainText(
    'Ефимова Марина Геннадьевна',
  );
  await shot(page, 'school-own-page');

  await page.goto('/schools');
  const table = page.getByRole('table', { name: 'Образовательные организации' });
  await expect(table.getByRole('link')).toHaveText(['МОУ СОШ № 17']);
  await expect(table).not.toContainText('Конаковская');
  await expectAccessible(page, 'the list of schools of a curator');

  await page.goto('/schools/30000000-0000-0000-0000-0000000000b1');
  await expect(page.getByRole('alert')).toContainText('Организация не найдена');
  await expectAccessible(page, 'a foreign school refused');
  await shot(page, 'school-foreign-refused');
});

test('a regional coordinator creates and edits a school, and sees a server validation error', async ({
  page,
}) => {
  await login(page, 'region');
  // The region lands on its dashboard; the schools are one click away in the menu.
  await page.getByRole('link', { name: 'Организации', exact: true }).click();
  const table = page.getByRole('table', { name: 'Образовательные организации' });
  await expect(table).toContainText('МОУ СОШ № 17');
  await expect(table).toContainText('МБОУ Конаковская СОШ № 1');
  await expect(table).toContainText('МБОУ Мирновская СОШ');
  await shot(page, 'region-school-list');

  const name = `Лицей ${Date.now()}`;
  await page.getByRole('link', { name: 'Добавить организацию' }).click();
  await expect(page.getByRole('heading', { name: 'Новая организация' })).toBeVisible();
  await expectAccessible(page, 'the new school form');
  await page.getByRole('combobox', { name: 'Муниципалитет' }).click();
  await page.getByRole('option', { name: 'Конаковский муниципальный округ' }).click();
  await page
    .getByRole('textbox', { name: 'Полное наименование' })
    .fill(`Муниципальное бюджетное общеобразовательное учреждение «${name}»`);
  await page.getByRole('textbox', { name: 'Краткое наименование' }).fill(name);
  await page.getByRole('textbox', { name: 'ИНН' }).fill('1234567890');
  await page.getByRole('textbox', { name: 'Адрес' }).fill('171252, г. Конаково, ул. Школьная, д. 5');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(
    page.getByText('ИНН организации состоит из 10 цифр с верной контрольной цифрой'),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'ИНН' })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'the school form with a server validation error');
  await shot(page, 'region-inn-error');

  await page.getByRole('textbox', { name: 'ИНН' }).fill(uniqueInn());
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('Контингент ещё не внесён.')).toBeVisible();
  await expectAccessible(page, 'a new school’s page');

  await page.getByRole('button', { name: 'Добавить учебный год' }).click();
  await expect(
    page.getByRole('dialog').getByRole('textbox', { name: 'Обучающихся', exact: true }),
  ).toBeVisible();
  await expectAccessible(page, 'the contingent dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Изменить' }).click();
  await expect(page.getByRole('textbox', { name: 'Сайт' })).toBeVisible();
  await expectAccessible(page, 'the school edit form');
  await page.getByRole('textbox', { name: 'Сайт' }).fill('https://licey.example.ru');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('link', { name: 'https://licey.example.ru' })).toBeVisible();
  await shot(page, 'region-school-edited');

  await page.goto('/schools');
  await page.getByRole('textbox', { name: 'Поиск' }).fill(name);
  await expect(table.getByRole('link')).toHaveText([name]);
});
