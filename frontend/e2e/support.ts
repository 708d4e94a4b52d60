import { expect, type Page } from '@playwright/test';

/** Logs in on Keycloak's own login page, as a person would. */
export async function login(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(username);
  await page.locator('#kc-login').click();
  await expect(page.getByTestId('user-name')).toBeVisible();
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
