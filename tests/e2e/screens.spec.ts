import { expect, test } from '@playwright/test';
import { expectEverythingReachable, orderRows, press, rowAction, SCREENS } from './screens';

const REFUND_NOTICE = /Your request has been successfully sent to our support team/;

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use(screen.use);
    const touch = screen.touch;

    test('journey 1: tick unpaid orders, Delete, Confirm — every control on screen', async ({ page }) => {
      await page.goto('/?status=unpaid');
      await expect(orderRows(page).first()).toBeVisible({ timeout: 20_000 });
      await expectEverythingReachable(page, 'All Orders');
      const boxes = page.getByRole('checkbox', { name: /^Select order #/ });
      await press(boxes.nth(0), touch);
      await press(boxes.nth(1), touch);
      const bar = page.getByRole('region', { name: 'Selected orders' });
      await expect(bar).toContainText('2 selected');
      await expectEverythingReachable(page, 'All Orders with the bulk bar');
      await press(bar.getByRole('button', { name: 'Delete' }), touch);
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText('2 unpaid orders will be deleted');
      await expectEverythingReachable(page, 'the delete dialog');
      await press(dialog.getByRole('button', { name: 'Confirm' }), touch);
      await expect(page.getByRole('status')).toContainText('2 orders deleted');
      await expectEverythingReachable(page, 'All Orders with the notice');
    });

    test('journey 2: a row action opens a paid order; its shipping is saved after the review', async ({ page }) => {
      await page.goto('/?status=unfulfilled');
      const row = orderRows(page).first();
      await expect(row).toBeVisible({ timeout: 20_000 });
      await rowAction(page, row, 'Edit', touch);
      await expect(page.getByRole('heading', { level: 1, name: /^Order #/ })).toBeVisible();
      await expectEverythingReachable(page, 'the order page');
      const product = page.getByLabel(/Product/).first();
      const productBox = await product.boundingBox();
      // A select a thumb can use: not squeezed to a sliver.
      expect(productBox?.width ?? 0).toBeGreaterThan(120);

      await page.getByLabel('Address line 2').fill('Back door');
      await press(page.getByRole('button', { name: 'Save' }), touch);
      const review = page.getByRole('dialog', { name: 'Check the new shipping address' });
      await expect(review).toContainText('Back door');
      await expectEverythingReachable(page, 'the address review');
      await press(review.getByRole('button', { name: 'Confirm and save' }), touch);
      await expect(page.getByRole('status')).toContainText(/Order #\d+ saved/);
    });

    test('journey 3: Refund from a row, a reason, Confirm — back on All Orders with the notice', async ({ page }) => {
      await page.goto('/?status=in_production');
      const row = orderRows(page).filter({ hasNotText: 'Refund requested' }).first();
      await expect(row).toBeVisible({ timeout: 20_000 });
      await rowAction(page, row, 'Refund', touch);
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText('Estimated refund');
      await dialog.getByLabel('Reason').selectOption({ label: 'Customer changed their mind' });
      await expectEverythingReachable(page, 'the refund dialog');
      await press(dialog.getByRole('button', { name: 'Confirm' }), touch);
      await expect(page.getByRole('heading', { name: 'All Orders' })).toBeVisible();
      await expect(page.getByRole('status')).toContainText(REFUND_NOTICE);
    });
  });
}
