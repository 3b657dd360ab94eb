import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { FaultSettings } from '@mocks/backend/faults';
import type { Order } from '@/domain';
import { refundRequestBodySchema } from '@/api/contract';
import type { RenderedApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { apiList, bulkBar, ofStatus, visibleCodes, waitForTable } from '../orders-list/helpers';
import { field, findNotice, openOrder, replaceText } from '../order-page/helpers';
import { recordRequests, renderAppWith, tallyFaults, realQueryClients } from './support';
import { fakeTimersFollowingTheClock } from '../../support/test-api';
import { rowCheckbox } from '../../support/orders-table';
import { pickOrder, withoutPendingRefund, editablePaidOrder } from '../../support/orders';
import { regionWith } from '../../support/regions';

const api = setUpApi({ seedOrders: 120 });
tallyFaults(api);
const realQueryClient = realQueryClients();

const NEW_LINE1 = '500 Howard St';
/** Longer than any retry delay the client would use, so a retry would have been sent by then. */
const RETRY_WINDOW_MS = 1200;

const editablePaid = () => editablePaidOrder(api);

const current = (order: Order): Order => {
  const outcome = api.backend.get(order.id);
  if (!outcome.ok) throw new Error(`Order ${order.id} is gone`);
  return outcome.body;
};
const pendingRequests = (order: Order) => current(order).refundRequests.filter((r) => r.status === 'pending');

/** Clicks Save (the address review must open) or "Try again" (it may), and confirms the review. */
async function saveVia(app: RenderedApp, button: HTMLElement, reviewRequired = true) {
  await app.user.click(button);
  const name = 'Check the new shipping address';
  const review = reviewRequired ? await screen.findByRole('dialog', { name }) : screen.queryByRole('dialog', { name });
  if (review) await app.user.click(within(review).getByRole('button', { name: 'Confirm and save' }));
}

function firstUnpaid(count: number): Order[] {
  const found = apiList(api.backend).items.filter(ofStatus('unpaid')).slice(0, count);
  if (found.length < count) throw new Error(`Test data has fewer than ${count} unpaid orders on page 1`);
  return found;
}

/** Ticks the orders, then Delete → Confirm with every request failing (a 500, or no network). */
async function bulkDelete(app: RenderedApp, orders: readonly Order[], fault: Partial<FaultSettings> = { failRate: 1 }) {
  for (const order of orders) await app.user.click(rowCheckbox(order.code));
  api.faults.set(fault);
  await app.user.click(within(bulkBar()).getByRole('button', { name: 'Delete' }));
  await app.user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
}

async function openRefundDialog(order: Order) {
  const app = await openOrder(order);
  await app.user.click(screen.getByRole('button', { name: 'Refund' }));
  const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
  await app.user.selectOptions(within(dialog).getByLabelText('Reason'), 'Damaged or defective');
  await app.user.type(within(dialog).getByLabelText(/^Note for support/), 'Mug arrived cracked');
  return { app, dialog };
}

describe('writes on a bad network', () => {
  it('sends a failed save once, keeps what was typed, and "Try again" saves it', async () => {
    fakeTimersFollowingTheClock();
    const order = editablePaid();
    const patches = recordRequests(api.server, 'patch', '*/api/orders/:id');
    const app = await renderAppWith(`/orders/${order.id}`, realQueryClient()); // the app's own retry policy
    const form = await screen.findByRole('form', { name: `Order #${order.code}` });

    api.faults.set({ failRate: 1 });
    await replaceText(app, field('Address line 1'), NEW_LINE1);
    await saveVia(app, within(form).getByRole('button', { name: 'Save' }));

    const retry = await within(form).findByRole('button', { name: 'Try again' });
    expect(regionWith('alert', /Your changes are still here\./)).toContainElement(retry);
    await vi.advanceTimersByTimeAsync(RETRY_WINDOW_MS);
    expect(patches).toHaveLength(1); // a write is never repeated behind the merchant's back
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
    expect(current(order).shippingAddress.line1).toBe(order.shippingAddress.line1);

    api.faults.set({ failRate: 0 });
    await saveVia(app, retry, false);

    await findNotice(`Order #${order.code} saved.`);
    expect(current(order)).toMatchObject({ shippingAddress: { line1: NEW_LINE1 }, version: order.version + 1 });
    expect(patches).toHaveLength(2);
    expect(within(form).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
  });

  it('sends a failed bulk delete once and puts the rows back, still selected', async () => {
    fakeTimersFollowingTheClock();
    const unpaid = firstUnpaid(2);
    const deletes = recordRequests(api.server, 'post', '*/api/orders/bulk-delete');
    // The list refresh that follows the failed delete goes through.
    recordRequests(api.server, 'get', '*/api/orders', () => deletes.length > 0 && api.faults.set({ failRate: 0 }));
    const app = await renderAppWith('/', realQueryClient());
    await waitForTable();

    await bulkDelete(app, unpaid);

    const notice = await findNotice(/^Nothing was deleted/);
    expect(notice).toHaveTextContent(/The orders are back\.$/);
    await waitFor(() => expect(unpaid.every((o) => visibleCodes().includes(o.code))).toBe(true));
    await vi.advanceTimersByTimeAsync(RETRY_WINDOW_MS);
    expect(deletes).toHaveLength(1);
    expect(unpaid.every((o) => api.backend.get(o.id).ok)).toBe(true);
    for (const order of unpaid) expect(rowCheckbox(order.code)).toBeChecked();
  });

  it('says at once that nothing was deleted, without waiting for the list refresh and its retries', async () => {
    const unpaid = firstUnpaid(1);
    const deletes = recordRequests(api.server, 'post', '*/api/orders/bulk-delete');
    const app = await renderAppWith('/', realQueryClient()); // reads retry with back-off, as in production
    await waitForTable();

    await bulkDelete(app, unpaid); // the server stays down
    await waitFor(() => expect(deletes).toHaveLength(1));
    const failedAt = Date.now();

    await waitFor(() => expect(screen.queryAllByText(/^Nothing was deleted/)).not.toHaveLength(0), { timeout: 8000 });
    expect(Date.now() - failedAt).toBeLessThan(1500);
  }, 15_000);

  it("words a delete lost to the network cleanly (no doubled full stop after the app's own message)", async () => {
    const unpaid = firstUnpaid(1);
    const deletes = recordRequests(api.server, 'post', '*/api/orders/bulk-delete');
    recordRequests(api.server, 'get', '*/api/orders', () => deletes.length > 0 && api.faults.set({ offline: false }));
    const app = await renderAppWith('/', realQueryClient());
    await waitForTable();

    await bulkDelete(app, unpaid, { offline: true });

    const notice = await findNotice(/^Nothing was deleted/);
    expect(notice.textContent).toBe(
      "Nothing was deleted: Can't reach the server. Check your connection and try again. The orders are back.",
    );
  });

  it('retries a refund request lost to the network with the same Idempotency-Key: support gets one request', async () => {
    const order = pickOrder(api, 'in_production', withoutPendingRefund());
    const posts = recordRequests(api.server, 'post', '*/api/orders/:id/refund-requests');
    const { app, dialog } = await openRefundDialog(order);

    api.faults.set({ offline: true });
    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    api.faults.set({ offline: false }); // back online before the retry

    await waitFor(() => expect(app.location()).toBe('/'), { timeout: 4000 });
    await findNotice(/^Your request has been successfully sent to our support team\./);
    expect(posts).toHaveLength(2);
    expect(posts[0]?.idempotencyKey).toBeTruthy();
    expect(new Set(posts.map((p) => p.idempotencyKey)).size).toBe(1);
    expect(pendingRequests(order)).toMatchObject([{ reason: 'damaged', note: 'Mug arrived cracked' }]);
  });

  it('when the answer is lost after support got the request, the retry does not create a second one', async () => {
    const order = pickOrder(api, 'unfulfilled', withoutPendingRefund());
    let dropped = 0;
    api.server.use(
      http.post('*/api/orders/:id/refund-requests', async ({ request, params }) => {
        if (dropped > 0) return undefined;
        dropped += 1;
        const body = refundRequestBodySchema.parse(await request.clone().json());
        expect(
          (await api.backend.api.requestRefund(String(params.id), body, request.headers.get('Idempotency-Key'))).ok,
        ).toBe(true);
        return HttpResponse.error(); // carried out, but the connection drops on the way back
      }),
    );
    const posts = recordRequests(api.server, 'post', '*/api/orders/:id/refund-requests');
    const { app, dialog } = await openRefundDialog(order);

    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(app.location()).toBe('/'), { timeout: 4000 });
    expect(posts).toHaveLength(2);
    expect(new Set(posts.map((p) => p.idempotencyKey)).size).toBe(1);
    expect(pendingRequests(order)).toHaveLength(1);
  });
});
