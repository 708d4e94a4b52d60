import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the real stack (Keycloak, API, SPA), which ../test.sh starts with ./run.sh.
 * The browser is Debian's chromium; Playwright never downloads one.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  workers: 1,
  retries: 0,
  // The long flows take about a minute on an idle 2-core machine; a loaded one must not fail them for its speed.
  timeout: 150_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:5173',
    locale: 'ru-RU',
    // The theme honours it: dialogs and menus appear at once, so that axe never sees them half faded in.
    reducedMotion: 'reduce',
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
