import { readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { SERVER_SESSION } from './tests/e2e/session-support';

/**
 * Browser tests in Debian's chromium: every spec on the production build running on the mock
 * (`npm run build:demo`, project "demo"), and the three journeys on the production build served by
 * the server on a fresh embedded database (`npm run build`, project "server").
 */
const chromium = JSON.parse(readFileSync(new URL('./tests/chromium.json', import.meta.url), 'utf8')) as {
  executablePath: string;
  args: string[];
};
const executablePath = process.env.CHROMIUM_PATH ?? chromium.executablePath;
/** Other ports (E2E_PORT, E2E_SERVER_PORT) let two checkouts on one machine run their own builds side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);
const serverPort = Number(process.env.E2E_SERVER_PORT ?? 4180);
const SERVER_DATA = '.reports/e2e-data';
/** The three journeys of the product, and signing in and out, run on both backends. */
const JOURNEYS = ['bulk-delete.spec.ts', 'edit-shipping.spec.ts', 'refund.spec.ts', 'session.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  projects: [
    { name: 'demo', use: { baseURL: `http://localhost:${port}` } },
    { name: 'server sign-in', testMatch: 'sign-in.setup.ts', use: { baseURL: `http://localhost:${serverPort}` } },
    {
      name: 'server',
      testMatch: JOURNEYS,
      dependencies: ['server sign-in'],
      // The demo's own controls are not part of the product the server serves.
      grepInvert: /Reset demo data/,
      fullyParallel: false,
      // In the session tests/e2e/sign-in.setup.ts signed in with.
      use: { baseURL: `http://localhost:${serverPort}`, storageState: SERVER_SESSION },
    },
  ],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    launchOptions: {
      executablePath,
      args: chromium.args,
    },
  },
  webServer: [
    {
      command: `npx vite preview --outDir dist-demo --port ${port} --strictPort`,
      url: `http://localhost:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `rm -rf ${SERVER_DATA} && npx tsx server/main.ts`,
      url: `http://localhost:${serverPort}/healthz`,
      env: {
        PORT: String(serverPort),
        DATABASE_URL: '',
        ORDERDESK_DATA: SERVER_DATA,
        ORDERDESK_DIST: 'dist',
        LOG_LEVEL: 'warn',
      },
      reuseExistingServer: false,
      timeout: 90_000,
    },
  ],
});
