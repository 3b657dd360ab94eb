import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '@/backend/session-service';
import type { Order } from '@/domain';
import type { RenderedApp } from '../../support/render-app';
import { editablePaidOrder, pickOrder, withoutPendingRefund } from '../../support/orders';
import { setUpApi } from '../../support/test-api';
import { field, findNotice, openOrder, replaceText } from '../order-page/helpers';
import { DEMO_PASSWORD, DEMO_USER, endSessionOnTheServer, findSignInAgain, signInWith } from './helpers';

const api = setUpApi({ seedOrders: 120 });

const NEW_LINE1 = '9 Elm Rd';
const SIGNED_IN_AGAIN =
  'You are signed in again. Your last change was not sent while you were signed out: what you typed is still here, send it again.';

const current = (order: Order): Order => {
  const outcome = api.backend.get(order.id);
  if (!outcome.ok) throw new Error(`Order ${order.id} is gone`);
  return outcome.body;
};

async function saveAddress(app: RenderedApp) {
  await app.user.click(screen.getByRole('button', { name: 'Save' }));
  const review = await screen.findByRole('dialog', { name: 'Check the new shipping address' });
  await app.user.click(within(review).getByRole('button', { name: 'Confirm and save' }));
}

describe('a session that ends mid-work', () => {
  it('found by a refresh of the page: the order form stays as typed under "Sign in again"', async () => {
    const order = editablePaidOrder(api, (o) => o.shippingMethod === 'standard');
    const app = await openOrder(order);
    await replaceText(app, field('Address line 1'), NEW_LINE1);
    await endSessionOnTheServer();

    // What coming back to the tab, or "Try again" after a lost connection, does: every query refreshes.
    await act(() => app.queryClient.refetchQueries({ type: 'active' }));
    const dialog = await findSignInAgain();
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
    // Under the dialog (hidden from assistive technology meanwhile), the page is the one the merchant was on.
    expect(screen.getByRole('heading', { name: `Order #${order.code}`, level: 1, hidden: true })).toBeInTheDocument();
    expect(app.location()).toBe(`/orders/${order.id}`);

    await signInWith(app, { password: DEMO_PASSWORD }, dialog);
    expect(await findNotice('You are signed in again.')).toBeVisible();
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
    await saveAddress(app);
    await findNotice(`Order #${order.code} saved.`);
    expect(current(order).shippingAddress.line1).toBe(NEW_LINE1);
  });

  it('asks to sign in again over the order form; what was typed stays and Save then works', async () => {
    const order = editablePaidOrder(api, (o) => o.shippingMethod === 'standard');
    const app = await openOrder(order);
    await replaceText(app, field('Address line 1'), NEW_LINE1);
    await endSessionOnTheServer();

    await saveAddress(app);
    const dialog = await findSignInAgain();
    // The page stays under the dialog, with what was typed, and says why nothing was saved.
    expect(within(dialog).getByLabelText('Email')).toHaveValue(DEMO_USER.email);
    await waitFor(() => expect(within(dialog).getByLabelText('Password')).toHaveFocus());
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
    expect(current(order).shippingAddress.line1).toBe(order.shippingAddress.line1);

    await signInWith(app, { password: DEMO_PASSWORD }, dialog);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Sign in again' })).not.toBeInTheDocument());
    expect(await findNotice(SIGNED_IN_AGAIN)).toBeVisible();
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();

    await saveAddress(app);
    await findNotice(`Order #${order.code} saved.`);
    expect(current(order).shippingAddress.line1).toBe(NEW_LINE1);
    expect(app.location()).toBe(`/orders/${order.id}`);
  });

  it('keeps the refund note typed in the dialog; Confirm after signing in sends it', async () => {
    const order = pickOrder(api, 'in_production', withoutPendingRefund());
    // One refused answer, as a session ending on a server in the middle of the request would give.
    let refused = false;
    api.server.use(
      http.post('*/api/orders/:id/refund-requests', () => {
        if (refused) return undefined;
        refused = true;
        return HttpResponse.json({ code: 'unauthenticated', message: 'Sign in to continue.' }, { status: 401 });
      }),
    );
    const app = await openOrder(order);
    await app.user.click(screen.getByRole('button', { name: 'Refund' }));
    const refund = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
    await app.user.selectOptions(within(refund).getByLabelText('Reason'), 'Damaged or defective');
    await app.user.type(within(refund).getByLabelText(/^Note for support/), 'Box arrived crushed');
    await app.user.click(within(refund).getByRole('button', { name: 'Confirm' }));

    const signIn = await findSignInAgain();
    await signInWith(app, { password: DEMO_PASSWORD }, signIn);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Sign in again' })).not.toBeInTheDocument());

    const stillOpen = screen.getByRole('dialog', { name: `Refund request for order #${order.code}` });
    expect(within(stillOpen).getByLabelText(/^Note for support/)).toHaveValue('Box arrived crushed');
    expect(within(stillOpen).getByLabelText('Reason')).toHaveDisplayValue('Damaged or defective');
    await app.user.click(within(stillOpen).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(app.location()).toBe('/'));
    expect(current(order).refundRequests.at(-1)).toMatchObject({ reason: 'damaged', note: 'Box arrived crushed' });
  });

  it('someone else signing in there goes to All Orders of their own store, and the old form is gone', async () => {
    const order = editablePaidOrder(api);
    api.server.use(
      http.post('*/api/session', async () => {
        const demo = await api.backend.serve.signIn({ email: DEMO_USER.email, password: DEMO_PASSWORD }, 'demo');
        return HttpResponse.json(
          {
            user: { id: 'usr_bea', name: 'Bea Lin', email: 'bea@lin-ceramics.test' },
            merchant: { id: 'mer_lin', name: 'Lin Ceramics' },
          },
          { headers: { 'Set-Cookie': `${SESSION_COOKIE}=${demo.cookie ?? ''}; Path=/; HttpOnly` } },
        );
      }),
    );
    const app = await openOrder(order);
    await replaceText(app, field('Address line 1'), NEW_LINE1);
    await endSessionOnTheServer();
    await saveAddress(app);

    const dialog = await findSignInAgain();
    await signInWith(app, { email: 'bea@lin-ceramics.test', password: 'bea-password' }, dialog);

    await screen.findByRole('heading', { name: 'All Orders', level: 1 });
    expect(app.location()).toBe('/');
    const banner = screen.getByRole('banner');
    await waitFor(() => expect(banner).toHaveTextContent('Bea Lin'));
    expect(banner).toHaveTextContent('Lin Ceramics');
    expect(banner).not.toHaveTextContent(DEMO_USER.name);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await findNotice('Signed in as Bea Lin at Lin Ceramics.')).toBeVisible();
    // The previous account's unsaved edit is not kept for the next one.
    expect(Object.keys(window.localStorage).filter((key) => key.includes('draft'))).toEqual([]);
  });
});
