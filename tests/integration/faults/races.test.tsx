import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryOverlayStorage } from '@mocks/backend/overlay';
import type { Order } from '@/domain';
import { renderApp, type RenderedApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { apiList, bulkBar, ofStatus, visibleCodes, waitForTable } from '../orders-list/helpers';
import { field, findNotice, openOrder, replaceText } from '../order-page/helpers';
import { tallyFaults } from './support';
import { rowCheckbox, rowOf } from '../../support/orders-table';
import { editablePaidOrder } from '../../support/orders';
import { regionWith } from '../../support/regions';

/* The demo backend's overlay storage is what another tab writes to; `reloadFromStorage` takes it up. */
const storage = memoryOverlayStorage();
const api = setUpApi({ seedOrders: 120, storage });
afterEach(() => storage.clear()); // the next test starts from the seed, not from this one's changes
tallyFaults(api);
// Every answer takes a while, so requests are in flight while the other side moves on.
beforeEach(() => api.faults.set({ latencyMs: 40 }));

const current = (order: Order): Order => {
  const outcome = api.backend.get(order.id);
  if (!outcome.ok) throw new Error(`Order ${order.id} is gone`);
  return outcome.body;
};
const pendingRequests = (order: Order) => current(order).refundRequests.filter((r) => r.status === 'pending');

/** The customer pays the order in another tab: the shared store changes under the page. */
function payElsewhere(order: Order): void {
  const overlay = storage.load();
  if (!overlay) throw new Error('The demo backend saved no overlay');
  const paid: Order = { ...order, status: 'unfulfilled', paidAt: new Date().toISOString(), version: order.version + 1 };
  storage.save({ ...overlay, upserts: { ...overlay.upserts, [order.id]: paid } });
  api.backend.reloadFromStorage();
}

const editablePaid = () => editablePaidOrder(api);

/** Save in one app instance, confirming the address review. */
async function saveIn(app: RenderedApp) {
  await app.user.click(within(app.container).getByRole('button', { name: 'Save' }));
  const review = await screen.findByRole('dialog', { name: 'Check the new shipping address' });
  await app.user.click(within(review).getByRole('button', { name: 'Confirm and save' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

describe('races with the server and other tabs', () => {
  it('skips an order that was paid between selecting it and Confirm, says so, and keeps it', async () => {
    const [stillUnpaid, paidMeanwhile] = apiList(api.backend).items.filter(ofStatus('unpaid'));
    if (!stillUnpaid || !paidMeanwhile) throw new Error('Test data lacks two unpaid orders on page 1');
    const app = await renderApp('/');
    await waitForTable();
    await app.user.click(rowCheckbox(stillUnpaid.code));
    await app.user.click(rowCheckbox(paidMeanwhile.code));
    await app.user.click(within(bulkBar()).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 orders?' });

    payElsewhere(paidMeanwhile);
    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await findNotice('1 order deleted, 1 skipped: paid in the meantime');
    expect(api.backend.get(stillUnpaid.id).ok).toBe(false);
    expect(current(paidMeanwhile).status).toBe('unfulfilled');
    await waitFor(() => expect(visibleCodes()).not.toContain(stillUnpaid.code));
    await waitFor(() => expect(within(rowOf(paidMeanwhile.code)).getByText('Paid · Unfulfilled')).toBeInTheDocument());
  });

  it('says a refund request is already with support when another tab sent one while the dialog was open; nothing typed is lost', async () => {
    const order = editablePaid();
    const app = await openOrder(order);
    await replaceText(app, field('Address line 1'), '9 Harbor Way');
    await app.user.click(screen.getByRole('button', { name: 'Refund' }));
    const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
    await app.user.selectOptions(within(dialog).getByLabelText('Reason'), 'Wrong address');
    await app.user.type(within(dialog).getByLabelText(/^Note for support/), 'Parcel went to the old flat');

    expect((await api.backend.api.requestRefund(order.id, { reason: 'damaged' }, 'other-key')).ok).toBe(true);
    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'A refund request for this order is already with support.',
    );
    expect(app.location()).toBe(`/orders/${order.id}/refund`);
    expect(within(dialog).getByLabelText('Reason')).toHaveDisplayValue('Wrong address');
    expect(within(dialog).getByLabelText(/^Note for support/)).toHaveValue('Parcel went to the old flat');
    expect(pendingRequests(order)).toMatchObject([{ reason: 'damaged' }]);

    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(app.location()).toBe(`/orders/${order.id}`));
    expect(field('Address line 1')).toHaveValue('9 Harbor Way');
  });

  it('after that refusal, the order page shows the request that is with support', async () => {
    const order = editablePaid();
    const app = await renderApp(`/orders/${order.id}/refund`);
    const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
    await app.user.selectOptions(within(dialog).getByLabelText('Reason'), 'Wrong address');
    await api.backend.api.requestRefund(order.id, { reason: 'damaged' }, 'other-key');
    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    // Cancel is disabled while the request is out: wait for its answer, not just any alert.
    await within(dialog).findByText('A refund request for this order is already with support.');

    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(app.location()).toBe(`/orders/${order.id}`));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Refund' })).toHaveAttribute('aria-disabled', 'true'),
    );
  });

  it('gives the second of two saves from two app instances the conflict notice, keeping both changes', async () => {
    const order = editablePaid();
    const first = await renderApp(`/orders/${order.id}`);
    await within(first.container).findByRole('form', { name: `Order #${order.code}` });
    const second = await renderApp(`/orders/${order.id}`);
    await within(second.container).findByRole('form', { name: `Order #${order.code}` });
    const inFirst = (label: string) => within(first.container).getByLabelText<HTMLInputElement>(label);
    const inSecond = (label: string) => within(second.container).getByLabelText<HTMLInputElement>(label);

    await replaceText(first, inFirst('Address line 1'), '1 First Tab Rd');
    await saveIn(first);
    await waitFor(() => expect(current(order).shippingAddress.line1).toBe('1 First Tab Rd'));

    await replaceText(second, inSecond('City'), 'Oakland');
    await saveIn(second);

    const changed = 'This order changed while you were editing it.';
    await within(second.container).findByText(changed);
    expect(regionWith('alert', changed, second.container)).toHaveTextContent(
      `Address line 1: ${order.shippingAddress.line1} → 1 First Tab Rd`,
    );
    expect(inSecond('City')).toHaveValue('Oakland');
    expect(current(order).shippingAddress).toMatchObject({ line1: '1 First Tab Rd', city: order.shippingAddress.city });

    await waitFor(() => expect(inSecond('Address line 1')).toHaveValue('1 First Tab Rd'));
    await saveIn(second);
    await waitFor(() =>
      expect(current(order).shippingAddress).toMatchObject({ line1: '1 First Tab Rd', city: 'Oakland' }),
    );
    expect(current(order).version).toBe(order.version + 2);
  });
});
