import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the locator has focus (at most `limit` times). */
async function tabTo(page: Page, locator: ReturnType<Page['getByRole']>, limit = 80) {
  await expect(locator).toBeVisible();
  for (let i = 0; i < limit; i += 1) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
}

/**
 * The rows are one Tab stop: from a control in the table, ArrowDown to the locator's row, then
 * ArrowRight along it to the locator.
 */
async function arrowTo(page: Page, locator: ReturnType<Page['getByRole']>) {
  const row = locator.locator('xpath=ancestor::tr');
  for (let i = 0; i < 30 && !(await row.evaluate((el) => el.contains(document.activeElement))); i += 1) {
    await page.keyboard.press('ArrowDown');
  }
  for (let i = 0; i < 6 && !(await locator.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(locator).toBeFocused();
}

test('journey 1 by keyboard: Unpaid tab, tick three, Delete, Confirm; focus comes back to the page', async ({
  page,
}) => {
  await page.goto('/');
  // The status tabs are one Tab stop; the arrow keys move between them.
  await tabTo(page, page.getByRole('tab', { name: /^All/ }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Unpaid/ })).toBeFocused();
  await expect(page).toHaveURL(/status=unpaid/);
  // The previous rows stay while the new page loads; wait for the Unpaid ones.
  await expect(page.getByRole('table', { name: 'Orders' })).toHaveAttribute('aria-busy', 'false');

  const boxes = page.getByRole('table', { name: 'Orders' }).getByRole('checkbox', { name: /^Select order #/ });
  const labels = await boxes.evaluateAll((els) => els.slice(0, 3).map((el) => el.getAttribute('aria-label') ?? ''));
  await tabTo(page, page.getByRole('checkbox', { name: labels[0] }));
  for (const label of labels) {
    const box = page.getByRole('checkbox', { name: label });
    await arrowTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  const bulkDelete = page.getByRole('region', { name: 'Selected orders' }).getByRole('button', { name: 'Delete' });
  await bulkDelete.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // Focus is inside the dialog; Tab reaches Confirm.
  await tabTo(page, dialog.getByRole('button', { name: 'Confirm' }), 5);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('3 orders deleted');
  for (const label of labels) await expect(page.getByRole('checkbox', { name: label })).toHaveCount(0);
});

test('Escape closes a dialog and focus returns to the control that opened it', async ({ page }) => {
  await page.goto('/?status=unpaid');
  const box = page
    .getByRole('table', { name: 'Orders' })
    .getByRole('checkbox', { name: /^Select order #/ })
    .first();
  await box.check();
  const bulkDelete = page.getByRole('region', { name: 'Selected orders' }).getByRole('button', { name: 'Delete' });
  await bulkDelete.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(bulkDelete).toBeFocused();
});

test('journey 2 by keyboard: toolbar Edit, change the street, Save, confirm', async ({ page }) => {
  await page.goto('/?status=unfulfilled');
  const box = page
    .getByRole('table', { name: 'Orders' })
    .getByRole('checkbox', { name: /^Select order #/ })
    .first();
  await tabTo(page, box);
  const edit = page.getByTestId('row-toolbar').first().getByRole('link', { name: 'Edit', includeHidden: true });
  await arrowTo(page, edit);
  await page.keyboard.press('Enter');
  const street = page.getByLabel('Address line 1');
  await tabTo(page, street);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('12 Keyboard Lane');
  const save = page.getByRole('button', { name: 'Save' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  const review = page.getByRole('dialog', { name: 'Check the new shipping address' });
  await expect(review).toContainText('12 Keyboard Lane');
  await tabTo(page, review.getByRole('button', { name: 'Confirm and save' }), 5);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(/Order #\d+ saved/);
});

test('journey 3 by keyboard: open an order by its code, Refund, reason, Confirm', async ({ page }) => {
  await page.goto('/?status=fulfilled');
  const rows = page
    .getByRole('table', { name: 'Orders' })
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { name: /^Select order #/ }) })
    .filter({ hasNotText: 'Refund requested' });
  const code = rows.first().getByRole('link', { name: /^#\d+$/ });
  await tabTo(
    page,
    page
      .getByRole('table', { name: 'Orders' })
      .getByRole('checkbox', { name: /^Select order #/ })
      .first(),
  );
  await arrowTo(page, code);
  await page.keyboard.press('Enter');
  const refund = page.getByRole('button', { name: 'Refund', exact: true });
  await tabTo(page, refund);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  const reason = dialog.getByLabel('Reason');
  await expect(reason).toBeFocused();
  await reason.selectOption('damaged');
  await tabTo(page, dialog.getByRole('button', { name: 'Confirm' }), 10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Your request has been successfully sent to our support team.');
  await expect(page.getByRole('heading', { name: 'All Orders' })).toBeVisible();
});
