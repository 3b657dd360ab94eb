import { expect, test } from '@playwright/test';

test('journey 2: edit the shipping of a paid, unfulfilled order; Country is locked; the change survives a reload', async ({
  page,
}) => {
  await page.goto('/?status=unfulfilled');
  const table = page.getByRole('table', { name: 'Orders' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('checkbox', { name: /^Select order #/ }) });
  const express = page.getByRole('radio', { name: 'Express' });
  // The first order that Express may ship (no lighter, no P.O. Box).
  for (let index = 0; ; index += 1) {
    const row = rows.nth(index);
    await row.hover();
    await row.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Order #/ })).toBeVisible();
    if (await express.isEnabled()) break;
    await page.goBack();
  }
  const country = page.getByLabel('Country');
  await expect(country).toBeDisabled();
  await expect(country).toHaveAccessibleDescription(/Country can't change once the order is paid/);
  await expect(page.getByLabel('Email')).toBeDisabled();

  const street = page.getByLabel('Address line 1');
  await street.fill('742 Evergreen Terrace');
  await express.check();
  await page.getByRole('button', { name: 'Save' }).click();

  const review = page.getByRole('dialog', { name: 'Check the new shipping address' });
  await expect(review).toContainText('742 Evergreen Terrace');
  await review.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByRole('status')).toContainText(/Order #\d+ saved/);

  await page.reload();
  await expect(page.getByLabel('Address line 1')).toHaveValue('742 Evergreen Terrace');
  await expect(express).toBeChecked();
});

test('the mock refuses a locked change sent straight to the API', async ({ page }) => {
  await page.goto('/?status=unfulfilled');
  await expect(page.getByRole('table', { name: 'Orders' }).getByRole('link').first()).toBeVisible();
  const result = await page.evaluate(async () => {
    const list = await (await fetch('/api/orders?status=unfulfilled')).json();
    const order = list.items[0];
    const response = await fetch(`/api/orders/${order.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'orderdesk' },
      body: JSON.stringify({ version: order.version, shippingAddress: { ...order.shippingAddress, country: 'CA' } }),
    });
    return { status: response.status, body: await response.json() };
  });
  expect(result.status).toBe(422);
  expect(result.body.code).toBe('field_locked');
  expect(result.body.fields).toEqual(['shippingAddress.country']);
});
