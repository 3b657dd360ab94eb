import { expect, test as setup } from '@playwright/test';
import { SERVER_SESSION, signInByKeyboard } from './session-support';

// The server asks everyone to sign in: the journeys run in the session this signs in with.
setup('sign in to the server as the demo store’s user', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2F$/);
  await signInByKeyboard(page);
  await expect(page.getByRole('heading', { name: 'All Orders', level: 1 })).toBeVisible();
  await page.context().storageState({ path: SERVER_SESSION });
});
