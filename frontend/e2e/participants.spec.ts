import { expect, test } from '@playwright/test';

import { expectAccessible, login, shot } from './support';

test('a curator adds a pupil with a parent’s consent, then the consent is withdrawn and the data erased', async ({
  page,
}) => {
  await login(page, 'school');
  await page.getByRole('link', { name: 'Участники' }).click();
  await expect(page.getByRole('heading', { name: 'Участники программы' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Участники программы' }).getByRole('link').first(),
  ).toBeVisible();
  await expectAccessible(page, 'the list of participants');

  const name = `Соколов Матвей ${Date.now()}`;
  await page.getByRole('link', { name: 'Добавить участника' }).click();
  await expect(page.getByRole('heading', { name: 'Новый участник' })).toBeVisible();
  await expectAccessible(page, 'the new participant form');
  await page.getByRole('textbox', { name: 'ФИО', exact: true }).fill(name);
  await page.getByRole('checkbox', { name: 'Кандидат в наставляемые' }).check();
  await page.getByRole('checkbox', { name: 'Согласие получено' }).check();
  await page.getByRole('textbox', { name: 'ФИО давшего согласие' }).fill('Соколова Анна Петровна');
  await page.getByRole('textbox', { name: 'Реквизиты документа' }).fill('Заявление № 15 от 01.09.2025');
  await page.getByRole('textbox', { name: 'Класс, группа или должность' }).fill('7 «Б»');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(
    page.getByText('Укажите дату рождения: от неё зависит, кто даёт согласие за обучающегося'),
  ).toBeVisible();
  await expectAccessible(page, 'the participant form with a validation error');
  await shot(page, 'participant-needs-birth-date');

  await page.getByRole('textbox', { name: 'Дата рождения', exact: true }).fill('2013-05-20');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('Согласие есть')).toBeVisible();
  await expect(page.getByText('Несовершеннолетний')).toBeVisible();
  await expect(page.getByText('7 «Б»')).toBeVisible();
  await expect(page.getByRole('table', { name: 'История согласий' })).toBeVisible();
  await expectAccessible(page, 'a participant’s page');
  await shot(page, 'participant-with-consent');

  await page.getByRole('button', { name: 'Отозвать согласие' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'the confirmation dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Отозвать согласие' }).click();
  await expect(page.getByText('Согласие отозвано')).toBeVisible();
  await expect(page.getByText('7 «Б»')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'История согласий' })).toContainText('Соколова Анна Петровна');
  await expectAccessible(page, 'a participant whose consent was withdrawn');
  await shot(page, 'participant-consent-withdrawn');
});
