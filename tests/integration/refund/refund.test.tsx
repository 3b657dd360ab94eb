import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Order } from '@/domain';
import { useLastListSearch } from '@/stores/last-list-search';
import { setUpApi } from '../../support/test-api';
import { findNotice, openOrder, orderTitle } from '../order-page/helpers';
import { hasPendingRefund, pickOrder, withoutPendingRefund } from '../../support/orders';
import { rowOf } from '../../support/orders-table';

const api = setUpApi({ seedOrders: 120 });

const SUCCESS =
  'Your request has been successfully sent to our support team. The Support Team will assist with your request as quickly as possible.';
const PENDING = 'A refund request is already with support';

beforeEach(() => useLastListSearch.setState({ search: {} }));

/** In production, with a personalized item, among the 25 newest (so on All Orders' first page). */
function personalizedInProduction(): Order {
  const firstPage = new Set(
    api.backend.list({ status: 'all', q: '', sort: '-createdAt', page: 1, pageSize: 25 }).items.map((o) => o.id),
  );
  return pickOrder(
    api,
    'in_production',
    withoutPendingRefund((o) => firstPage.has(o.id) && o.items.some((i) => i.kind === 'personalized')),
  );
}

async function openRefund(order: Order) {
  const app = await openOrder(order);
  await app.user.click(screen.getByRole('button', { name: 'Refund' }));
  const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
  return { app, dialog };
}

const pendingRequests = (order: Order) => {
  const outcome = api.backend.get(order.id);
  if (!outcome.ok) throw new Error(`Order ${order.id} is gone`);
  return outcome.body.refundRequests.filter((r) => r.status === 'pending');
};

const noteField = (dialog: HTMLElement) => within(dialog).getByLabelText(/^Note for support/);

describe('refund request', () => {
  it('sends the request and returns to All Orders, where the order shows "Refund requested"', async () => {
    const order = personalizedInProduction();
    const { app, dialog } = await openRefund(order);
    await waitFor(() => expect(app.location()).toBe(`/orders/${order.id}/refund`));

    await app.user.selectOptions(within(dialog).getByLabelText('Reason'), 'Customer changed their mind');
    await app.user.type(noteField(dialog), 'Customer wrote on Monday');
    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(app.location()).toBe('/'));
    expect(await findNotice(SUCCESS)).toBeVisible();
    expect(pendingRequests(order)).toMatchObject([
      { reason: 'changed_mind', note: 'Customer wrote on Monday', itemIds: [] },
    ]);

    await screen.findByRole('table', { name: 'Orders' });
    await waitFor(() => expect(within(rowOf(order.code)).getByText('Refund requested')).toBeInTheDocument());
    const refund = within(rowOf(order.code)).getByRole('button', { name: 'Refund' });
    expect(refund).toHaveAttribute('aria-disabled', 'true');
    expect(refund).toHaveAccessibleDescription(PENDING);
  });

  it('disables Refund on the order page while a request is with support', async () => {
    const order = pickOrder(api, 'in_production', withoutPendingRefund());
    const { app, dialog } = await openRefund(order);
    await app.user.selectOptions(within(dialog).getByLabelText('Reason'), 'Damaged or defective');
    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(app.location()).toBe('/'));
    app.unmount();

    const again = await openOrder(order);
    expect(orderTitle(order)).toHaveTextContent('Refund requested');
    const refund = screen.getByRole('button', { name: 'Refund' });
    expect(refund).toHaveAttribute('aria-disabled', 'true');
    expect(refund).toHaveAccessibleDescription(PENDING);
    await again.user.click(refund);
    expect(again.location()).toBe(`/orders/${order.id}`);
  });

  it('sends one request however fast Confirm is clicked', async () => {
    const order = personalizedInProduction();
    const keys: (string | null)[] = [];
    api.server.use(
      http.post('*/api/orders/:id/refund-requests', async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        await delay(300);
        return undefined;
      }),
    );
    const { app, dialog } = await openRefund(order);
    await app.user.selectOptions(within(dialog).getByLabelText('Reason'), 'Duplicate order');
    const confirm = within(dialog).getByRole('button', { name: 'Confirm' });

    await app.user.dblClick(confirm);
    await app.user.click(confirm);

    await waitFor(() => expect(app.location()).toBe('/'));
    expect(pendingRequests(order)).toHaveLength(1);
    // Any repeat that got out carries the same Idempotency-Key, so support still gets one request.
    expect(keys.length).toBeGreaterThanOrEqual(1);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBeTruthy();
  });

  it('keeps the reason and note after a failure, and the retry goes through', async () => {
    const order = personalizedInProduction();
    api.server.use(
      http.post(
        '*/api/orders/:id/refund-requests',
        () => HttpResponse.json({ code: 'server_error', message: 'Support is unavailable.' }, { status: 500 }),
        {
          once: true,
        },
      ),
    );
    const { app, dialog } = await openRefund(order);
    await app.user.selectOptions(within(dialog).getByLabelText('Reason'), 'Wrong address');
    await app.user.type(noteField(dialog), 'Moved house');
    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('What you entered is still here');
    expect(app.location()).toBe(`/orders/${order.id}/refund`);
    expect(within(dialog).getByLabelText('Reason')).toHaveDisplayValue('Wrong address');
    expect(noteField(dialog)).toHaveValue('Moved house');
    expect(pendingRequests(order)).toHaveLength(0);

    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(app.location()).toBe('/'));
    expect(await findNotice(SUCCESS)).toBeVisible();
    expect(pendingRequests(order)).toMatchObject([{ reason: 'wrong_address', note: 'Moved house' }]);
  });

  it('asks what the request is about when the reason is Other', async () => {
    const order = personalizedInProduction();
    const { app, dialog } = await openRefund(order);

    await app.user.selectOptions(within(dialog).getByLabelText('Reason'), 'Other');
    expect(noteField(dialog)).toHaveAccessibleName('Note for support (required)');
    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() =>
      expect(noteField(dialog)).toHaveAccessibleDescription('Tell support what the request is about'),
    );
    expect(noteField(dialog)).toHaveAttribute('aria-invalid', 'true');
    expect(app.location()).toBe(`/orders/${order.id}/refund`);
    expect(pendingRequests(order)).toHaveLength(0);
  });

  it('asks for a reason before sending', async () => {
    const order = personalizedInProduction();
    const { app, dialog } = await openRefund(order);

    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(within(dialog).getByLabelText('Reason')).toHaveAccessibleDescription('Choose a reason'));
    expect(pendingRequests(order)).toHaveLength(0);
  });

  it('sends only the ticked items', async () => {
    const order = pickOrder(
      api,
      'in_production',
      withoutPendingRefund((o) => o.items.length >= 2 && new Set(o.items.map((i) => i.name)).size === o.items.length),
    );
    const [first] = order.items;
    if (!first) throw new Error('unreachable');
    const { app, dialog } = await openRefund(order);
    await app.user.selectOptions(within(dialog).getByLabelText('Reason'), 'Damaged or defective');
    await app.user.click(within(dialog).getByRole('checkbox', { name: new RegExp(`^${first.name}`) }));
    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(app.location()).toBe('/'));
    const [request] = pendingRequests(order);
    expect(request?.itemIds).toEqual(order.items.filter((i) => i !== first).map((i) => i.id));
    expect(request?.estimate).toMatchObject({ kind: 'estimate', shippingCents: 0 });
  });

  it('Cancel closes the dialog, back on the order page, with nothing sent', async () => {
    const order = personalizedInProduction();
    const { app, dialog } = await openRefund(order);

    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(app.location()).toBe(`/orders/${order.id}`));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(hasPendingRefund(pickOrder(api, 'in_production', (o) => o.id === order.id))).toBe(false);
  });
});
