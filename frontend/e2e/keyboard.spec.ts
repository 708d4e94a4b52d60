import { expect, test, type Locator, type Page } from '@playwright/test';

import { expectAccessible } from './support';

/** Presses `key` (Tab or Shift+Tab) until `target` has the focus; fails if it never gets there. */
async function moveFocusTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      return;
    }
    await page.keyboard.press(key);
  }
  throw new Error(`${target.toString()} did not get the focus with ${key}`);
}

/** Opens a select with the arrow keys, walks down to `option` and takes it with Enter. */
async function chooseWithArrows(page: Page, field: Locator, option: string): Promise<void> {
  await moveFocusTo(page, field);
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('ArrowDown');
    const active = await field.getAttribute('aria-activedescendant');
    if (active && (await page.locator(`[id="${active}"]`).textContent())?.trim() === option) {
      await page.keyboard.press('Enter');
      await expect(field).toHaveValue(option);
      return;
    }
  }
  throw new Error(`«${option}» is not among the options of ${field.toString()}`);
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await moveFocusTo(page, field);
  await page.keyboard.type(text);
}

/** The focused element draws a focus ring, so that a keyboard user sees where they are. */
async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline, 'the focus ring').not.toBe('none');
}

test('a curator logs in, adds a teacher with her own consent and opens and closes a dialog, with the keyboard only', async ({
  page,
}) => {
  const name = `Клавишина Ольга ${Date.now()}`;
  await page.goto('/');
  await typeInto(page, page.locator('#username'), 'school');
  await typeInto(page, page.locator('#password'), 'school');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'МОУ СОШ № 17' })).toBeVisible();

  // The first Tab reaches the skip link, which takes the focus past the header and the navigation.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Перейти к содержимому' });
  await expectVisibleFocus(skip);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await moveFocusTo(page, page.getByRole('link', { name: 'Участники' }), 'Shift+Tab');
  await expectVisibleFocus(page.getByRole('link', { name: 'Участники' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Участники программы' })).toBeVisible();

  await moveFocusTo(page, page.getByRole('link', { name: 'Добавить участника' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Новый участник' })).toBeVisible();

  await chooseWithArrows(page, page.getByRole('combobox', { name: 'Кто участник' }), 'Педагог');
  await typeInto(page, page.getByRole('textbox', { name: 'ФИО', exact: true }), name);
  await moveFocusTo(page, page.getByRole('checkbox', { name: 'Кандидат в наставники' }));
  await page.keyboard.press('Space');
  await moveFocusTo(page, page.getByRole('checkbox', { name: 'Согласие получено' }));
  await page.keyboard.press('Space');
  await chooseWithArrows(page, page.getByRole('combobox', { name: 'Кто дал согласие' }), 'Сам участник');
  await typeInto(page, page.getByRole('textbox', { name: 'ФИО давшего согласие' }), name);
  await typeInto(page, page.getByRole('textbox', { name: 'Реквизиты документа' }), 'Заявление № 3');
  const save = page.getByRole('button', { name: 'Сохранить' });
  await moveFocusTo(page, save);
  await expectVisibleFocus(save);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('Согласие есть')).toBeVisible();

  // A dialog takes the focus, keeps it while Tab goes round, and gives it back on Escape.
  const withdraw = page.getByRole('button', { name: 'Отозвать согласие' });
  await moveFocusTo(page, withdraw);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await expectAccessible(page, 'the confirmation dialog opened from the keyboard');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(withdraw).toBeFocused();
  await expect(page.getByText('Согласие есть')).toBeVisible();
});
