import { expect, test } from '@playwright/test';

test('the first page of orders shows, served by the demo backend', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'All Orders' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Orders' });
  await expect(table.getByRole('checkbox', { name: /Select order #/ })).toHaveCount(25);
  await expect(page.getByRole('tab', { name: /^All/ })).toHaveAttribute('aria-selected', 'true');
  // The answers came from the service worker, not a real backend.
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  expect(controlled).toBe(true);
});
