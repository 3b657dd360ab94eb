import { expect, test } from '@playwright/test';

test('hostile customer names and addresses render as text: nothing runs, the layout holds, the CSP is on', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/?sort=customer');
  const table = page.getByRole('table', { name: 'Orders' });
  await expect(
    table.getByText('<script>window.__pwned = true</script>').filter({ visible: true }).first(),
  ).toBeVisible();
  await expect(table.getByText('<img src=x onerror="window.__pwned=true">').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(await table.locator('img, svg[onload], script').count()).toBe(0);

  // Long names are cut with an ellipsis and kept whole on hover; the table does not grow sideways.
  await page.getByRole('searchbox', { name: 'Search orders' }).fill('Bartholomew');
  await page.keyboard.press('Enter');
  const longName = table.getByText(/^Bartholomew Longname-/).first();
  await expect(longName).toBeVisible();
  await expect(longName).toHaveAttribute('title', /Longname-Longname-/);
  const widths = await page.evaluate(() => ({
    table: document.querySelector('table')?.getBoundingClientRect().width ?? 0,
    viewport: window.innerWidth,
  }));
  expect(widths.table).toBeLessThanOrEqual(widths.viewport);

  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(violations).toEqual([]);
});

test('two tabs edit the same order: the second Save gets the conflict view, not a silent overwrite', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('/?status=unfulfilled');
  const link = first
    .getByRole('table', { name: 'Orders' })
    .getByRole('link', { name: /^#\d+$/ })
    .first();
  const href = (await link.getAttribute('href')) ?? '';
  const second = await context.newPage();
  await first.goto(href);
  await second.goto(href);
  await expect(second.getByLabel('Address line 2')).toBeVisible();

  await first.getByLabel('Address line 2').fill('Suite 1 (first tab)');
  await first.getByRole('button', { name: 'Save' }).click();
  await first.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(first.getByRole('status')).toContainText(/saved/);

  await second.getByLabel('Address line 2').fill('Suite 2 (second tab)');
  await second.getByRole('button', { name: 'Save' }).click();
  await second.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(
    second.getByRole('alert').filter({ hasText: 'This order changed while you were editing it.' }),
  ).toBeVisible();
  await expect(second.getByText('Address line 2: — → Suite 1 (first tab)')).toBeVisible();
  await expect(second.getByLabel('Address line 2')).toHaveValue('Suite 2 (second tab)');
});
