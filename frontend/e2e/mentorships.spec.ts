import { readFileSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';

import { expectAccessible, login, shot } from './support';

/** Adds a participant with consent through the participant form, as the curator does. */
async function addParticipant(page: Page, who: 'mentor' | 'mentee', name: string): Promise<void> {
  await page.goto('/participants/new');
  await page.getByRole('textbox', { name: 'ФИО', exact: true }).fill(name);
  await page.getByRole('checkbox', { name: 'Согласие получено' }).check();
  if (who === 'mentor') {
    await page.getByRole('combobox', { name: 'Кто участник' }).click();
    await page.getByRole('option', { name: 'Педагог' }).click();
    await page.getByRole('checkbox', { name: 'Кандидат в наставники' }).check();
    await page.getByRole('combobox', { name: 'Кто дал согласие' }).click();
    await page.getByRole('option', { name: 'Сам участник' }).click();
    await page.getByRole('textbox', { name: 'ФИО давшего согласие' }).fill(name);
  } else {
    await page.getByRole('checkbox', { name: 'Кандидат в наставляемые' }).check();
    await page.getByRole('textbox', { name: 'ФИО давшего согласие' }).fill(`Родитель ${name}`);
    await page.getByRole('textbox', { name: 'Дата рождения', exact: true }).fill('2012-02-10');
  }
  await page.getByRole('textbox', { name: 'Реквизиты документа' }).fill('Заявление № 7 от 01.09.2025');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('Согласие есть')).toBeVisible();
}

async function choose(page: Page, field: string, search: string): Promise<void> {
  const input = page.getByRole('textbox', { name: field }).or(page.getByRole('combobox', { name: field }));
  await input.first().click();
  await input.first().fill(search);
  await page.getByRole('option', { name: search }).click();
  // A multiple choice keeps its list open; leaving the field closes it before the next field is used.
  await input.first().press('Tab');
}

test('a curator pairs two participants, approves the pair by an order, runs and terminates it', async ({
  page,
}) => {
  const suffix = Date.now().toString().slice(-6);
  const mentor = `Кузнецова Ольга ${suffix}`;
  const mentee = `Орлов Никита ${suffix}`;
  await login(page, 'school');
  await addParticipant(page, 'mentor', mentor);
  await addParticipant(page, 'mentee', mentee);

  await page.getByRole('link', { name: 'Наставнические пары' }).click();
  await expect(page.getByRole('heading', { name: 'Наставнические пары' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, 'the list of pairs');
  await page.getByRole('button', { name: 'Составить пару' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Сохранить' })).toBeVisible();
  await expectAccessible(page, 'the new pair dialog');
  await choose(page, 'Наставник', mentor);
  await choose(page, 'Наставляемые', mentee);
  await dialog.getByRole('combobox', { name: 'Форма наставничества' }).click();
  await page.getByRole('option', { name: 'Учитель — ученик' }).click();
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('heading', { name: `${mentor} — ${mentee}` })).toBeVisible();
  await expect(page.getByText('Предложена', { exact: true })).toBeVisible();
  await expectAccessible(page, 'a proposed pair');
  await shot(page, 'mentorship-proposed');

  await page.getByRole('link', { name: 'Утвердить приказом' }).click();
  await expect(page.getByRole('heading', { name: 'Утверждение пар приказом' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `${mentor} — ${mentee}` })).toBeVisible();
  await expectAccessible(page, 'the order page');
  await page.getByRole('checkbox', { name: `${mentor} — ${mentee}` }).check();
  const number = `${suffix}-о/д`;
  await page.getByRole('textbox', { name: 'Номер приказа' }).fill(number);
  await page.getByRole('textbox', { name: 'Руководитель (И. О. Фамилия)' }).fill('А. В. Сергеев');
  await page.getByRole('button', { name: 'Издать приказ' }).click();
  await expect(page.getByText(`Приказ № ${number} издан, пары утверждены`).first()).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word (.docx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(
    `Приказ № ${number.replace('/', '_')} от ${new Date().toLocaleDateString('ru-RU')}.docx`,
  );
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  await expectAccessible(page, 'an issued order');
  await shot(page, 'mentorship-order-issued');

  await page.getByRole('link', { name: 'Наставнические пары' }).click();
  await page.getByRole('textbox', { name: 'Поиск' }).fill(suffix);
  await page.getByRole('link', { name: mentor }).click();
  // The list's status filter offers «Утверждена» too: look for the badge once the pair's own page is shown.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(mentor);
  await expect(page.getByText('Утверждена', { exact: true })).toBeVisible();
  await expect(
    page.getByText(`№ ${number} от ${new Date().toLocaleDateString('ru-RU')}`, { exact: true }),
  ).toBeVisible();

  await expectAccessible(page, 'an approved pair');
  await page.getByRole('button', { name: 'Начать работу' }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Начать работу' })).toBeVisible();
  await expectAccessible(page, 'the start dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Начать работу' }).click();
  await expect(page.getByText('Действует', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Прекратить' }).click();
  const terminate = page.getByRole('dialog');
  await terminate.getByRole('combobox', { name: 'Основание' }).click();
  await page.getByRole('option', { name: 'По взаимному решению' }).click();
  await terminate.getByRole('textbox', { name: 'Комментарий' }).fill('Наставляемый перешёл в другую школу');
  await expectAccessible(page, 'the termination dialog');
  await terminate.getByRole('button', { name: 'Прекратить' }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: 'Прекратить пару досрочно?' })
    .getByRole('button', { name: 'Прекратить' })
    .click();
  await expect(page.getByText('Прекращена', { exact: true }).first()).toBeVisible();

  const history = page.getByRole('heading', { name: 'История' }).locator('..');
  for (const entry of ['Пара составлена', 'Утверждена приказом', 'Начала работу', 'Прекращена']) {
    await expect(history.getByText(entry, { exact: true })).toBeVisible();
  }
  await expect(history.getByText('По взаимному решению')).toBeVisible();
  await expect(history.getByText('Наставляемый перешёл в другую школу')).toBeVisible();
  await expectAccessible(page, 'a terminated pair with its history');
  await shot(page, 'mentorship-history');

  await page.getByRole('link', { name: 'Участники' }).click();
  await page.getByRole('textbox', { name: 'Поиск' }).fill(mentee);
  await page.getByRole('link', { name: mentee }).click();
  const pairs = page.getByRole('table', { name: 'Пары и группы участника' });
  await expect(pairs).toContainText(mentor);
  await expect(pairs).toContainText('Прекращена');
  await expectAccessible(page, 'a participant’s page with their pairs');
});
