import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEMO_SIGN_IN } from '@/config/demo';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { findRegionWith } from '../../support/regions';
import { findNotice } from '../order-page/helpers';
import { DEMO_PASSWORD, DEMO_USER, endSessionOnTheServer, signInWith } from './helpers';

const api = setUpApi({ seedOrders: 60 });

const banner = () => screen.getByRole('banner');

describe('signing in', () => {
  it('shows who is signed in, and in which store, in the header', async () => {
    await renderApp('/');
    await waitFor(() => expect(banner()).toHaveTextContent(DEMO_USER.name));
    expect(banner()).toHaveTextContent('Orderdesk Demo Store');
    expect(within(banner()).getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  it('sends a visit without a session to sign-in, then back to the page asked for', async () => {
    const [order] = api.backend.list({ status: 'all', q: '', sort: '-createdAt', page: 1, pageSize: 1 }).items;
    if (!order) throw new Error('The seed has no order');
    await endSessionOnTheServer();
    const app = await renderApp(`/orders/${order.id}`);

    await screen.findByRole('heading', { name: 'Sign in', level: 1 });
    expect(app.location()).toBe(`/sign-in?redirect=${encodeURIComponent(`/orders/${order.id}`)}`);
    await signInWith(app, { email: DEMO_USER.email, password: DEMO_PASSWORD });

    await screen.findByRole('heading', { name: `Order #${order.code}`, level: 1 });
    expect(app.location()).toBe(`/orders/${order.id}`);
    expect(banner()).toHaveTextContent(DEMO_USER.name);
  });

  it('says at the field what is missing, and sends nothing', async () => {
    const sent: string[] = [];
    api.server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') sent.push(request.url);
    });
    const app = await renderApp('/sign-in');
    await app.user.click(await screen.findByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address'));
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password');
    expect(screen.getByLabelText('Email')).toHaveFocus();
    await app.user.type(screen.getByLabelText('Email'), 'ana.souza');
    await app.user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address like name@example.com');
    expect(sent).toEqual([]);
  });

  it('says so when the email and password do not match, and keeps the email', async () => {
    const app = await renderApp('/sign-in');
    await screen.findByRole('heading', { name: 'Sign in', level: 1 });
    await signInWith(app, { email: DEMO_USER.email, password: 'not-the-password' });

    const alert = await findRegionWith('alert', 'That email and password don’t match an account.');
    expect(alert).toBeVisible();
    expect(screen.getByLabelText('Email')).toHaveValue(DEMO_USER.email);
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(app.location()).toBe('/sign-in');
  });

  it('after too many attempts, says how long to wait and holds the button until then', async () => {
    // Ten failures within the minute, as the demo's own limit counts them.
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await api.backend.serve.signIn({ email: DEMO_USER.email, password: 'guess' }, 'demo');
    }
    const app = await renderApp('/sign-in');
    await screen.findByRole('heading', { name: 'Sign in', level: 1 });
    await signInWith(app, { email: DEMO_USER.email, password: DEMO_PASSWORD });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Too many attempts\. Try again in (60|59) seconds\.$/);
    const button = screen.getByRole('button', { name: 'Sign in' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/^Too many attempts\. Try again in \d+ seconds?\.$/);
    await app.user.click(button);
    expect(app.location()).toBe('/sign-in');
  });

  it('lets the merchant try again once the wait is over', async () => {
    let refused = false;
    api.server.use(
      http.post('*/api/session', () => {
        if (refused) return undefined;
        refused = true;
        return HttpResponse.json(
          {
            code: 'too_many_attempts',
            message: 'Too many sign-in attempts. Try again in 1 second.',
            retryAfterSeconds: 1,
          },
          { status: 429, headers: { 'Retry-After': '1' } },
        );
      }),
    );
    const app = await renderApp('/sign-in?redirect=%2F%3Fstatus%3Dunpaid');
    await screen.findByRole('heading', { name: 'Sign in', level: 1 });
    await signInWith(app, { email: DEMO_USER.email, password: DEMO_PASSWORD });
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 1 second.');

    const button = () => screen.getByRole('button', { name: 'Sign in' });
    expect(button()).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(button()).not.toHaveAttribute('aria-disabled'), { timeout: 3000 });
    await app.user.click(button());
    await screen.findByRole('heading', { name: 'All Orders', level: 1 });
    expect(app.location()).toBe('/?status=unpaid');
  });

  it('never sends the merchant off the dashboard after signing in', async () => {
    const app = await renderApp('/sign-in?redirect=%2F%2Fevil.example%2Fphish');
    await screen.findByRole('heading', { name: 'Sign in', level: 1 });
    await signInWith(app, { email: DEMO_USER.email, password: DEMO_PASSWORD });
    await screen.findByRole('heading', { name: 'All Orders', level: 1 });
    expect(app.location()).toBe('/');
  });
});

describe('signing out', () => {
  it('goes to sign-in with a notice; the demo credentials sign back in', async () => {
    const app = await renderApp('/?status=unpaid');
    await screen.findByRole('heading', { name: 'All Orders', level: 1 });
    await app.user.click(await within(banner()).findByRole('button', { name: 'Sign out' }));

    await screen.findByRole('heading', { name: 'Sign in', level: 1 });
    expect(await findNotice('You have signed out.')).toBeVisible();
    expect(app.location()).toBe('/sign-in');

    // Back (or any page) while signed out leads to sign-in again.
    await app.router.navigate({ to: '/' });
    await waitFor(() => expect(app.location()).toBe('/sign-in?redirect=%2F'));

    await signInWith(app, { email: DEMO_SIGN_IN.email, password: DEMO_SIGN_IN.password });
    await screen.findByRole('heading', { name: 'All Orders', level: 1 });
    await waitFor(() => expect(banner()).toHaveTextContent(DEMO_USER.name));
  });
});

it('the demo credentials shown on the sign-in page are the demo backend’s', () => {
  expect(DEMO_SIGN_IN).toEqual({ email: DEMO_USER.email, password: DEMO_PASSWORD });
});
