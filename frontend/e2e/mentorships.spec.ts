import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { addParticipant, choose, expectAccessible, issueOrder, login, shot } from './support';

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
  const number = `${suffix}-о/д`;
  await issueOrder(page, `${mentor} — ${mentee}`, number);
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
