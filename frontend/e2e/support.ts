import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fails the test on any WCAG 2.1 level A or AA violation that axe finds on the page as it is now; called after
 * each navigation and each significant change (a dialog opened, an error shown, a list filled). `what` names
 * the state in the failure message.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n'),
  );
  expect.soft(found, `accessibility violations on ${what}`).toEqual([]);
}

/**
 * Logs in on Keycloak's own login page, as a person would, and checks the page the SPA lands on. Keycloak's
 * page is not checked: it is Keycloak's theme, served by Keycloak, and nothing in this project renders it.
 */
export async function login(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(username);
  await page.locator('#kc-login').click();
  await expect(page.getByTestId('user-name')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, `the first page of ${username}`);
}

const INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** A valid ИНН of a legal entity that earlier runs against the same database have not used. */
export function uniqueInn(): string {
  const digits = `69${String(Date.now() % 10_000_000).padStart(7, '0')}`;
  const sum = INN_WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  return `${digits}${(sum % 11) % 10}`;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** Adds a participant with consent through the participant form, as the curator does. */
export async function addParticipant(page: Page, who: 'mentor' | 'mentee', name: string): Promise<void> {
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

/** Picks an option of a searchable choice by typing part of it, as a person would. */
export async function choose(page: Page, field: string, search: string): Promise<void> {
  const input = page.getByRole('textbox', { name: field }).or(page.getByRole('combobox', { name: field }));
  await input.first().click();
  await input.first().fill(search);
  await page.getByRole('option', { name: search }).click();
  // A multiple choice keeps its list open; leaving the field closes it before the next field is used.
  await input.first().press('Tab');
}

/** On the order page: approves the pair by a new order with this number. */
export async function issueOrder(page: Page, pair: string, number: string): Promise<void> {
  await page.getByRole('checkbox', { name: pair }).check();
  await page.getByRole('textbox', { name: 'Номер приказа' }).fill(number);
  await page.getByRole('textbox', { name: 'Руководитель (И. О. Фамилия)' }).fill('А. В. Сергеев');
  await page.getByRole('button', { name: 'Издать приказ' }).click();
  await expect(page.getByText(`Приказ № ${number} издан, пары утверждены`).first()).toBeVisible();
}
