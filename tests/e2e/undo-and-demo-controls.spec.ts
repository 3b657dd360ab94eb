import { expect, test } from '@playwright/test';
import { openFirstOrder } from './support';
import { DEMO } from './session-support';

test('a failed Undo offers Try again; the retry restores the orders and focus is on a row', async ({ page }) => {
  // The first restore request fails as if the server broke; the retry goes through.
  await page.addInitScript(() => {
    const original = window.fetch.bind(window);
    let failed = false;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!failed && url.includes('/api/orders/restore')) {
        failed = true;
        const body = JSON.stringify({ code: 'server_error', message: 'The server failed.' });
        return Promise.resolve(new Response(body, { status: 500, headers: { 'content-type': 'application/json' } }));
      }
      return original(input, init);
    };
  });
  await page.goto('/?status=unpaid');
  const table = page.getByRole('table', { name: 'Orders' });
  const boxes = table.getByRole('checkbox', { name: /^Select order #/ });
  await expect(boxes.first()).toBeVisible();
  const names = await boxes.evaluateAll((els) => els.slice(0, 2).map((el) => el.getAttribute('aria-label') ?? ''));
  const codes = names.map((name) => name.replace('Select order ', ''));
  for (const name of names) await table.getByRole('checkbox', { name }).check();
  await page.getByRole('region', { name: 'Selected orders' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  for (const code of codes) await expect(table.getByRole('link', { name: code, exact: true })).toHaveCount(0);

  const notices = page.getByRole('status');
  await expect(notices.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');

  const retry = notices.getByRole('button', { name: 'Try again' });
  await expect(notices).toContainText("Couldn't undo the delete.");
  await expect(retry).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(notices).toContainText('2 orders restored');
  for (const code of codes) await expect(table.getByRole('link', { name: code, exact: true })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  await expect(table.locator('input:focus')).toHaveCount(1);
});

test('?seedOrders=abc says the value is invalid and keeps the demo data', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/orders in your store/)).toBeVisible();
  const before = await page.getByText(/orders in your store/).textContent();

  for (const value of ['abc', '-1']) {
    await page.goto(`/?seedOrders=${value}`);
    await expect(page.getByRole('status')).toContainText(`“${value}” is not a number of demo orders`);
    await expect(page.getByText(/orders in your store/)).toHaveText(before ?? '');
  }
});

test('Reset demo data asks first, and asks again to leave an order with unsaved edits', async ({ page }) => {
  await openFirstOrder(page, 'unpaid');
  await page.getByRole('textbox', { name: 'City' }).fill('Somewhere else');

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset demo data?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await confirm.getByRole('button', { name: 'Reset' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await leave.getByRole('button', { name: 'Stay' }).click();
  await expect(page.getByRole('textbox', { name: 'City' })).toHaveValue('Somewhere else');
  await expect(page.getByRole('status')).not.toContainText('Demo data reset');

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await confirm.getByRole('button', { name: 'Reset' }).click();
  await leave.getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('heading', { name: 'All Orders' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Demo data reset to its starting state.');
});

test('signed out, the demo’s sign-in page gives its credentials; they sign in, and Reset demo data keeps the merchant signed in', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  const hint = page.getByText(/^Demo store: sign in as/);
  await expect(hint).toContainText(DEMO.email);
  await expect(hint).toContainText(DEMO.password);

  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'All Orders', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await page.getByRole('dialog', { name: 'Reset demo data?' }).getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('status')).toContainText('Demo data reset to its starting state.');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'All Orders', level: 1 })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(DEMO.name);
});
