import { expect, test } from '@playwright/test';
import { endSessionBehindThePage } from './session-support';
import { audited, expectAccessible, openFirstOrder } from './support';

// Each test runs axe several times over a full page: slow on a busy 2-core machine, so given more time.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

test.afterAll(() => {
  console.log(
    `accessibility: ${audited.length} pages and dialogs audited with axe (WCAG 2.2 AA), 0 violations: ${audited.join('; ')}`,
  );
});

test('All Orders, with the row toolbar and the bulk bar showing', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table', { name: 'Orders' });
  await expect(table.getByRole('checkbox', { name: /^Select order #/ }).first()).toBeVisible();
  await expectAccessible(page, 'All Orders');
  await table
    .getByRole('checkbox', { name: /^Select order #/ })
    .nth(1)
    .check();
  await table
    .getByRole('checkbox', { name: /^Select order #/ })
    .first()
    .focus();
  await expect(page.getByRole('region', { name: 'Selected orders' })).toBeVisible();
  await expectAccessible(page, 'All Orders with toolbar and bulk bar');
  await page.getByRole('region', { name: 'Selected orders' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'delete dialog');
});

test('empty and no-match states', async ({ page }) => {
  await page.goto('/?q=zzzz-no-such-order');
  await expect(page.getByRole('heading', { name: 'No orders match' })).toBeVisible();
  await expectAccessible(page, 'no matches');
});

for (const status of ['unpaid', 'unfulfilled', 'in_production', 'fulfilled', 'shipped', 'cancelled']) {
  test(`order page, ${status}`, async ({ page }) => {
    await openFirstOrder(page, status);
    await expectAccessible(page, `order page (${status})`);
  });
}

test('refund dialog, cancel dialog, address review and leave-without-saving', async ({ page }) => {
  await openFirstOrder(page, 'in_production', { withoutRefund: true });
  await page.getByRole('button', { name: 'Refund', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('Estimated refund');
  await expectAccessible(page, 'refund dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await page.goto('/?status=unfulfilled');
  await page
    .getByRole('table', { name: 'Orders' })
    .getByRole('link', { name: /^#\d+$/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await expect(page.getByRole('dialog')).toContainText('refunded in full');
  await expectAccessible(page, 'cancel dialog');
  await page.getByRole('button', { name: 'Keep order' }).click();

  await page.getByLabel('Address line 2').fill('Suite 500');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog', { name: 'Check the new shipping address' })).toBeVisible();
  await expectAccessible(page, 'address review dialog');
  await page.getByRole('button', { name: 'Keep editing' }).click();

  await page.getByRole('link', { name: '← All Orders' }).click();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
  await expectAccessible(page, 'leave-without-saving dialog');
});

test('new order and not-found pages', async ({ page }) => {
  await page.goto('/orders/new');
  await expect(page.getByRole('heading', { name: 'New order' })).toBeVisible();
  await expectAccessible(page, 'new order');
  await page.goto('/orders/ord_missing');
  await expect(page.getByRole('heading', { name: 'Order not found' })).toBeVisible();
  await expectAccessible(page, 'order not found');
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectAccessible(page, 'page not found');
});

test('sign-in page, with its field errors, and "Sign in again" over a page', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await expectAccessible(page, 'sign-in page');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your email address')).toBeVisible();
  await expectAccessible(page, 'sign-in page with field errors');

  await openFirstOrder(page, 'unfulfilled');
  await endSessionBehindThePage(page);
  await page.getByRole('link', { name: '← All Orders' }).click();
  // A tab not loaded before: its request finds the session gone.
  await page.getByRole('tab', { name: /^Shipped/ }).click();
  await expect(page.getByRole('dialog', { name: 'Sign in again' })).toBeVisible();
  await expectAccessible(page, '"Sign in again" dialog');
});
