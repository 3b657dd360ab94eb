import { expect, test } from '@playwright/test';

const NOTICE =
  'Your request has been successfully sent to our support team. The Support Team will assist with your request as quickly as possible.';

test('journey 3: open a paid order by its code, Refund, reason, Confirm, back on All Orders with the notice', async ({
  page,
}) => {
  await page.goto('/?status=in_production');
  const table = page.getByRole('table', { name: 'Orders' });
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { name: /^Select order #/ }) })
    .filter({ hasNotText: 'Refund requested' })
    .first();
  const code = (await row.getByRole('link').first().textContent()) ?? '';
  await row.getByRole('link', { name: code }).click();

  await page.getByRole('button', { name: 'Refund', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Estimated refund');
  await dialog.getByLabel('Reason').selectOption({ label: 'Customer changed their mind' });
  await dialog.getByRole('button', { name: 'Confirm' }).click();

  await expect(page.getByRole('heading', { name: 'All Orders' })).toBeVisible();
  await expect(page).toHaveURL(/status=in_production/);
  await expect(page.getByRole('status')).toContainText(NOTICE);

  const sameRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: code, exact: true }) });
  await expect(sameRow).toContainText('Refund requested');
  await sameRow.hover();
  const refund = sameRow.getByRole('button', { name: 'Refund' });
  await expect(refund).toHaveAttribute('aria-disabled', 'true');
  await expect(refund).toHaveAccessibleDescription('A refund request is already with support');
});
