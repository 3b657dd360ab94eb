import { expect, test, type Page } from '@playwright/test';
import { countRequests, expectFocusOnSomething, orderRows } from './screens';

test.use({ viewport: { width: 1280, height: 720 } });

async function firstRow(page: Page, status: string) {
  await page.goto(`/?status=${status}`);
  const row = orderRows(page).filter({ hasNotText: 'Refund requested' }).first();
  await expect(row).toBeVisible({ timeout: 20_000 });
  return row;
}

async function openFirstOrder(page: Page, status: string) {
  const row = await firstRow(page, status);
  await row.getByRole('link', { name: /^#\d+$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Order #/ })).toBeVisible();
  return page.url().split('/orders/')[1]?.split(/[/?]/)[0] ?? '';
}

test('a double click on Confirm in Delete sends one delete and shows one notice', async ({ page }) => {
  const deletes = countRequests(page, 'POST', /\/api\/orders\/bulk-delete$/);
  const row = await firstRow(page, 'unpaid');
  await row.hover();
  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).dblclick();
  await expect(page.getByRole('status')).toContainText('1 order deleted');
  await page.waitForTimeout(500);
  expect(deletes()).toBe(1);
  await expect(page.getByRole('status').getByText(/deleted/)).toHaveCount(1);
});

test('Enter twice on Confirm in Cancel order sends one cancel and says it is cancelled', async ({ page }) => {
  const cancels = countRequests(page, 'POST', /\/api\/orders\/[^/]+\/cancel$/);
  await openFirstOrder(page, 'unfulfilled');
  await page.getByRole('button', { name: 'Cancel order' }).click();
  const confirm = page.getByRole('dialog').getByRole('button', { name: 'Confirm' });
  await confirm.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(/Order #\d+ cancelled/);
  await page.waitForTimeout(500);
  expect(cancels()).toBe(1);
  await expect(page.getByRole('status')).not.toContainText('not cancelled');
  await expectFocusOnSomething(page, 'the cancel dialog');
});

test('a double click on Confirm in the refund dialog sends one request and shows one notice', async ({ page }) => {
  const requests = countRequests(page, 'POST', /\/api\/orders\/[^/]+\/refund-requests$/);
  const row = await firstRow(page, 'in_production');
  await row.hover();
  await row.getByRole('button', { name: 'Refund', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason').selectOption({ label: 'Customer changed their mind' });
  await dialog.getByRole('button', { name: 'Confirm' }).dblclick();
  await expect(page.getByRole('status')).toContainText(/successfully sent to our support team/);
  await page.waitForTimeout(500);
  expect(requests()).toBe(1);
  await expect(page.getByRole('status').getByText(/successfully sent/)).toHaveCount(1);
});

test('a failed save shows its reason beside Save, with focus on it', async ({ page }) => {
  const id = await openFirstOrder(page, 'unfulfilled');
  await page.getByLabel('Address line 2').fill('Back door');
  // Someone else saves the order meanwhile: this save is refused (version conflict).
  await page.evaluate(async (orderId) => {
    const order = await (await fetch(`/api/orders/${orderId}`)).json();
    await fetch(`/api/orders/${orderId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'orderdesk' },
      body: JSON.stringify({
        version: order.version,
        shippingAddress: { ...order.shippingAddress, city: 'Elsewhere' },
      }),
    });
  }, id);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm and save' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'Nothing was saved.' });
  await expect(failure).toBeFocused();
  await expect(failure).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Save' })).toBeInViewport();
});

test('a refused refund request shows its reason beside Confirm, with focus on it', async ({ page }) => {
  const id = await openFirstOrder(page, 'in_production');
  await page.getByRole('button', { name: 'Refund', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason').selectOption({ label: 'Customer changed their mind' });
  // Another tab sends a request for the same order first.
  await page.evaluate(async (orderId) => {
    await fetch(`/api/orders/${orderId}/refund-requests`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Requested-With': 'orderdesk',
        'Idempotency-Key': 'another-tab',
      },
      body: JSON.stringify({ reason: 'damaged' }),
    });
  }, id);
  const confirm = dialog.getByRole('button', { name: 'Confirm' });
  await confirm.click();
  const failure = dialog.getByRole('alert').filter({ hasText: 'for this order is already with support' });
  await expect(failure).toBeFocused();
  await expect(failure).toBeInViewport();
  await expect(confirm).toBeInViewport();
});

test('by keyboard: the rows are one Tab stop, arrows move, and focus comes back after each dialog', async ({
  page,
}) => {
  const row = await firstRow(page, 'unpaid');
  const box = row.getByRole('checkbox');
  await page.getByRole('searchbox', { name: 'Search orders' }).focus();
  let presses = 0;
  while (!(await box.evaluate((el) => el === document.activeElement)) && presses < 12) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  await expect(box).toBeFocused();
  // One more Tab leaves the table for the pagination.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'Pagination' }).getByLabel('Rows per page')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(box).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(orderRows(page).nth(1).getByRole('checkbox')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  const remove = row.getByRole('button', { name: 'Delete', exact: true });
  await expect(remove).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(remove).toBeFocused();

  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(remove).toBeFocused();

  const next = orderRows(page).nth(1);
  const nextCode = (await next.getByRole('link', { name: /^#\d+$/ }).textContent()) ?? '';
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('1 order deleted');
  // The delete happened: focus is on the notice's Undo, where the merchant can take it back.
  await expect(page.getByRole('status').getByRole('button', { name: 'Undo' })).toBeFocused();
  // Back in the table, the order that took the deleted one's place.
  const successor = orderRows(page).filter({ has: page.getByRole('link', { name: nextCode, exact: true }) });
  await successor.getByRole('checkbox').focus();

  await page.keyboard.press('Home');
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Selected orders' })).toBeVisible();
  const selectAll = page.getByRole('button', { name: /^Select all [\d,]+ matching orders$/ });
  await selectAll.focus();
  await page.keyboard.press('Enter');
  await expect(selectAll).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Selected orders' }).getByRole('button', { name: 'Delete' }),
  ).toBeFocused();
});
