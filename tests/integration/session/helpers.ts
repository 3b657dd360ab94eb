import { screen, within } from '@testing-library/react';
import { signOut } from '@/api/session/sign-out';
import { DEMO_PASSWORD, DEMO_USER } from '@/backend/demo-store';
import type { RenderedApp } from '../../support/render-app';

export { DEMO_PASSWORD, DEMO_USER };

/** Ends the demo user's session on the backend behind the app's back, as an expiry would. */
export async function endSessionOnTheServer(): Promise<void> {
  await signOut();
}

/** Fills the sign-in form (the page's, or the one in `container`) and presses Sign in. */
export async function signInWith(
  app: RenderedApp,
  { email, password }: { email?: string; password: string },
  container: HTMLElement = document.body,
): Promise<void> {
  const form = within(container);
  if (email !== undefined) {
    await app.user.clear(form.getByLabelText('Email'));
    if (email) await app.user.type(form.getByLabelText('Email'), email);
  }
  await app.user.type(form.getByLabelText('Password'), password);
  await app.user.click(form.getByRole('button', { name: 'Sign in' }));
}

/** The "Sign in again" dialog, once it is open. */
export const findSignInAgain = () => screen.findByRole('dialog', { name: 'Sign in again' });
