import { expect, test } from '@playwright/test';

test('journey 1: filter Unpaid, tick three, Delete, Confirm — gone, also after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: /^Unpaid/ }).click();
  await expect(page).toHaveURL(/status=unpaid/);
  const table = page.getByRole('table', { name: 'Orders' });
  // The previous rows stay while the new page loads; wait for the Unpaid ones.
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const boxes = table.getByRole('checkbox', { name: /^Select order #/ });
  await expect(boxes.first()).toBeVisible();
  const names = await boxes.evaluateAll((els) => els.slice(0, 3).map((el) => el.getAttribute('aria-label') ?? ''));
  const codes = names.map((name) => name.replace('Select order ', ''));
  for (const name of names) await table.getByRole('checkbox', { name }).check();

  await expect(page.getByRole('region', { name: 'Selected orders' })).toContainText('3 selected');
  await page.getByRole('region', { name: 'Selected orders' }).getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('3 unpaid orders will be deleted');
  await dialog.getByRole('button', { name: 'Confirm' }).click();

  await expect(page.getByRole('status')).toContainText('3 orders deleted');
  for (const code of codes) await expect(table.getByRole('link', { name: code })).toHaveCount(0);

  await page.reload();
  await expect(table.getByRole('checkbox', { name: /^Select order #/ }).first()).toBeVisible();
  for (const code of codes) await expect(table.getByRole('link', { name: code })).toHaveCount(0);
});

test('Undo brings deleted orders back', async ({ page }) => {
  await page.goto('/?status=unpaid');
  const table = page.getByRole('table', { name: 'Orders' });
  const first = table.getByRole('checkbox', { name: /^Select order #/ }).first();
  const name = (await first.getAttribute('aria-label')) ?? '';
  const code = name.replace('Select order ', '');
  const row = table.getByRole('row').filter({ has: page.getByRole('checkbox', { name }) });
  await row.hover();
  await row.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(table.getByRole('link', { name: code })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('link', { name: code })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('1 order restored');
});

test('the row toolbar appears with the keyboard alone, and says why Delete is off on a paid order', async ({
  page,
}) => {
  await page.goto('/?status=unfulfilled');
  const table = page.getByRole('table', { name: 'Orders' });
  const firstBox = table.getByRole('checkbox', { name: /^Select order #/ }).first();
  await expect(firstBox).toBeVisible();
  const name = (await firstBox.getAttribute('aria-label')) ?? '';
  const code = name.replace('Select order ', '');
  const toolbar = page
    .getByTestId('row-toolbar')
    .filter({ has: page.getByRole('link', { name: 'Edit' }) })
    .first();
  await expect(page.getByRole('group', { name: `Actions for order ${code}` })).toBeHidden();

  await page.getByRole('searchbox', { name: 'Search orders' }).focus();
  // From the search box, Tab through the column chooser and the sortable headers into the first row.
  for (let i = 0; i < 20 && !(await firstBox.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(firstBox).toBeFocused();
  await expect(page.getByRole('group', { name: `Actions for order ${code}` })).toBeVisible();
  await expect(toolbar).toBeVisible();

  // The rows are one Tab stop: the arrow keys move along the row.
  await page.keyboard.press('ArrowRight'); // order code
  await page.keyboard.press('ArrowRight'); // Edit
  await expect(toolbar.getByRole('link', { name: 'Edit' })).toBeFocused();
  await page.keyboard.press('ArrowRight'); // Delete (disabled, still focusable so its reason can be read)
  const remove = toolbar.getByRole('button', { name: 'Delete' });
  await expect(remove).toBeFocused();
  await expect(remove).toHaveAttribute('aria-disabled', 'true');
  await expect(remove).toHaveAccessibleDescription("Paid orders can't be deleted. Request a refund instead.");
  await expect(page.getByRole('tooltip')).toContainText("Paid orders can't be deleted");
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('Reset demo data brings back what was deleted', async ({ page }) => {
  await page.goto('/?status=unpaid');
  const table = page.getByRole('table', { name: 'Orders' });
  const first = table.getByRole('checkbox', { name: /^Select order #/ }).first();
  const code = ((await first.getAttribute('aria-label')) ?? '').replace('Select order ', '');
  await first.check();
  await page.getByRole('region', { name: 'Selected orders' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(table.getByRole('link', { name: code, exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await page.getByRole('dialog', { name: 'Reset demo data?' }).getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('status')).toContainText('Demo data reset to its starting state.');
  await expect(table.getByRole('link', { name: code, exact: true })).toBeVisible();
  await page.reload();
  await expect(table.getByRole('link', { name: code, exact: true })).toBeVisible();
});
