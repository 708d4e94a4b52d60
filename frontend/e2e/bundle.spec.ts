import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { expect, test, type Page } from '@playwright/test';

import { BUDGET_BYTES } from '../scripts/bundle-budget.mjs';

/** The build these tests run against: ./run.sh serves frontend/dist. */
const manifest: Record<string, { file: string }> = JSON.parse(
  readFileSync('dist/.vite/manifest.json', 'utf8'),
);
const chartChunk = manifest['src/components/ui/EChart.tsx']!.file.split('/').pop()!;

function gzipped(file: string): number {
  return gzipSync(readFileSync(`dist/assets/${file}`)).length;
}

/**
 * Logs in and returns the script files the browser asked for from the moment the login form was sent until the
 * first page was shown and the network went quiet: cached or not, each is what the first page needs.
 */
async function scriptsOfFirstPage(page: Page, username: string): Promise<Set<string>> {
  await page.goto('/');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(username);
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.resourceType() === 'script' && path.startsWith('/assets/')) {
      scripts.add(path.slice('/assets/'.length));
    }
  });
  await page.locator('#kc-login').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  return scripts;
}

for (const username of ['region', 'school']) {
  test(`the first page of ${username} loads no more than the budget of JavaScript, and no charts`, async ({
    page,
  }) => {
    const scripts = await scriptsOfFirstPage(page, username);
    const total = [...scripts].reduce((sum, file) => sum + gzipped(file), 0);
    console.log(
      `${username}: ${(total / 1024).toFixed(1)} kB of gzipped JavaScript in ${scripts.size} files`,
    );
    expect(scripts).not.toContain(chartChunk);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });
}

test('a chart fetches ECharts when it is shown', async ({ page }) => {
  const scripts = await scriptsOfFirstPage(page, 'school');
  await page
    .getByRole('region', { name: 'Контингент по учебным годам' })
    .getByRole('button', { name: 'Показать диаграмму' })
    .click();
  await expect(
    page.getByRole('img', { name: 'Обучающиеся и педагоги по годам' }).locator('canvas'),
  ).toBeVisible();
  expect(scripts).toContain(chartChunk);
  console.log(`the chart's chunk: ${(gzipped(chartChunk) / 1024).toFixed(1)} kB of gzipped JavaScript`);
});
