import { expect, type Page } from '@playwright/test';

/** The demo store's user, created by the demo backend and by the server's first start alike. */
export const DEMO = {
  email: 'demo@orderdesk.test',
  password: 'orderdesk-demo',
  name: 'Ana Souza',
  store: 'Orderdesk Demo Store',
} as const;

/** Where the server project's journeys keep the session the set-up signed in with. */
export const SERVER_SESSION = '.reports/e2e-server-session.json';

/** Signs in on the sign-in page as the demo user, by keyboard alone: Tab between fields, Enter to send. */
export async function signInByKeyboard(page: Page) {
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Email')).toBeFocused();
  await page.keyboard.type(DEMO.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(DEMO.password);
  await page.keyboard.press('Enter');
}

/**
 * Ends this page's session behind its back, as an expiry does: the server forgets it (a sign-out
 * from elsewhere) and the browser's cookie is gone.
 */
export async function endSessionBehindThePage(page: Page) {
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/session', { method: 'DELETE', headers: { 'X-Requested-With': 'orderdesk' } });
    return response.status;
  });
  expect(status).toBe(204);
  await page.context().clearCookies();
}
