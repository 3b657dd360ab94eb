import { readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Browser tests run the production build on the mock (`npm run build:demo`) in Debian's chromium. */
const chromium = JSON.parse(readFileSync(new URL('./tests/chromium.json', import.meta.url), 'utf8')) as {
  executablePath: string;
  args: string[];
};
const executablePath = process.env.CHROMIUM_PATH ?? chromium.executablePath;
/** Another port (E2E_PORT) lets two checkouts on one machine run their own builds side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    launchOptions: {
      executablePath,
      args: chromium.args,
    },
  },
  webServer: {
    command: `npx vite preview --outDir dist-demo --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
