import { expect, test } from '@playwright/test';
import { expectEverythingReachable, orderRows, press, SCREENS } from './screens';
import { DEMO, endSessionBehindThePage, signInByKeyboard } from './session-support';

// Each test signs in by itself, so the session it ends is its own, never the one other tests share.
test.use({ storageState: { cookies: [], origins: [] } });

test('by keyboard: sign in, change a paid order’s shipping (it shows in Activity), sign out', async ({ page }) => {
  await page.goto('/sign-in');
  await signInByKeyboard(page);
  await expect(page.getByRole('heading', { name: 'All Orders', level: 1 })).toBeVisible();
  const banner = page.getByRole('banner');
  await expect(banner).toContainText(DEMO.name);
  await expect(banner).toContainText(DEMO.store);

  await page.goto('/?status=unfulfilled');
  const link = orderRows(page)
    .first()
    .getByRole('link', { name: /^#\d+$/ });
  const code = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: `Order ${code}` })).toBeVisible();
  const orderUrl = page.url();
  const line2 = `Unit ${Date.now() % 100_000}`;
  await page.getByLabel('Address line 2').fill(line2);
  await page.getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('dialog', { name: 'Check the new shipping address' })
    .getByRole('button', { name: 'Confirm and save' })
    .click();
  await expect(page.getByRole('status')).toContainText(`Order ${code} saved.`);
  const activity = page.getByRole('region', { name: 'Activity' });
  await expect(activity.getByRole('listitem').first()).toContainText(
    new RegExp(`^${DEMO.name} changed the shipping address: \\(empty\\) → ${line2} · `),
  );

  // Sign out by keyboard: from the top of the page, Tab reaches the header's button.
  const signOut = banner.getByRole('button', { name: 'Sign out' });
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  for (
    let presses = 0;
    presses < 8 && !(await signOut.evaluate((button) => button === document.activeElement));
    presses += 1
  )
    await page.keyboard.press('Tab');
  await expect(signOut).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('You have signed out.');

  // Signed out, the order's address leads to sign-in, and back to the order afterwards.
  await page.goto(orderUrl);
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  await signInByKeyboard(page);
  await expect(page.getByRole('heading', { level: 1, name: `Order ${code}` })).toBeVisible();
  expect(page.url()).toBe(orderUrl);
  await expect(page.getByLabel('Address line 2')).toHaveValue(line2);
});

test('a wrong password is said above the button; the page stays usable', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('That email and password don’t match an account.');
  await expect(page.getByLabel('Password')).toBeFocused();
});

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use(screen.use);
    const touch = screen.touch;

    test('a session that ends mid-edit: Save → "Sign in again" → the typed address is still there and saves', async ({
      page,
    }) => {
      await page.goto('/sign-in');
      await expectEverythingReachable(page, 'the sign-in page');
      await signInByKeyboard(page);
      await expect(page.getByRole('heading', { name: 'All Orders', level: 1 })).toBeVisible();
      await page.goto('/?status=unfulfilled');
      const row = orderRows(page).first();
      await expect(row).toBeVisible({ timeout: 20_000 });
      await expect(page.getByRole('banner')).toContainText(DEMO.name);
      await expectEverythingReachable(page, 'All Orders with who is signed in');
      await press(row.getByRole('link', { name: /^#\d+$/ }), touch);
      await expect(page.getByRole('heading', { level: 1, name: /^Order #/ })).toBeVisible();

      const line2 = `Back door ${screen.use.viewport.width}`;
      await page.getByLabel('Address line 2').fill(line2);
      await endSessionBehindThePage(page);
      await press(page.getByRole('button', { name: 'Save' }), touch);
      await press(
        page.getByRole('dialog', { name: 'Check the new shipping address' }).getByRole('button', {
          name: 'Confirm and save',
        }),
        touch,
      );

      const dialog = page.getByRole('dialog', { name: 'Sign in again' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByLabel('Email')).toHaveValue(DEMO.email);
      await expect(dialog.getByLabel('Password')).toBeFocused();
      await expectEverythingReachable(page, 'the "Sign in again" dialog');
      await page.keyboard.type(DEMO.password);
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(page.getByLabel('Address line 2')).toHaveValue(line2);

      await press(page.getByRole('button', { name: 'Save' }), touch);
      await press(
        page.getByRole('dialog', { name: 'Check the new shipping address' }).getByRole('button', {
          name: 'Confirm and save',
        }),
        touch,
      );
      await expect(page.getByRole('status')).toContainText(/Order #\d+ saved/);
      await page.reload();
      await expect(page.getByLabel('Address line 2')).toHaveValue(line2);
    });
  });
}
