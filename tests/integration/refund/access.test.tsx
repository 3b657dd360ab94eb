import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { pickOrder, withoutPendingRefund } from '../../support/orders';

const api = setUpApi({ seedOrders: 120 });

describe('refund dialog by URL', () => {
  it.each([
    ['unpaid', 'Nothing was paid yet. Delete the order instead.'],
    ['cancelled', 'This order was cancelled and refunded.'],
  ] as const)('on a shared link to a %s order, says why and sends nothing', async (status, reason) => {
    const order = pickOrder(api, status, withoutPendingRefund());
    const app = await renderApp(`/orders/${order.id}/refund`);
    const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });

    expect(within(dialog).getByRole('alert')).toHaveTextContent(reason);
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Confirm' });
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    expect(confirm).toHaveAccessibleDescription(reason);

    await app.user.selectOptions(within(dialog).getByLabelText('Reason'), 'Duplicate order');
    await app.user.click(confirm);
    expect(app.location()).toBe(`/orders/${order.id}/refund`);
    expect(api.backend.get(order.id)).toMatchObject({ body: { refundRequests: order.refundRequests } });
  });

  it('preselects the reason from ?reason= and ignores one it does not know', async () => {
    const order = pickOrder(api, 'in_production', withoutPendingRefund());
    const first = await renderApp(`/orders/${order.id}/refund?reason=damaged`);
    const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
    expect(within(dialog).getByLabelText('Reason')).toHaveDisplayValue('Damaged or defective');
    first.unmount();

    await renderApp(`/orders/${order.id}/refund?reason=free-money`);
    const again = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
    expect(within(again).getByLabelText('Reason')).toHaveDisplayValue('Choose a reason…');
  });

  it('Escape closes the dialog back to the order page', async () => {
    const order = pickOrder(api, 'in_production', withoutPendingRefund());
    const app = await renderApp(`/orders/${order.id}/refund`);
    await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });

    await app.user.keyboard('{Escape}');

    await waitFor(() => expect(app.location()).toBe(`/orders/${order.id}`));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: `Order #${order.code}`, level: 1 })).toBeInTheDocument();
  });

  it('tells the merchant when support already has a request that arrived meanwhile', async () => {
    const order = pickOrder(api, 'in_production', withoutPendingRefund());
    const app = await renderApp(`/orders/${order.id}/refund`);
    const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
    // A colleague sends one from another tab.
    expect((await api.backend.api.requestRefund(order.id, { reason: 'damaged' }, 'other-tab')).ok).toBe(true);

    await app.user.selectOptions(within(dialog).getByLabelText('Reason'), 'Duplicate order');
    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    // The refusal says why; the order is reloaded, so the dialog also shows Refund is no longer possible.
    expect(await within(dialog).findByText('A refund request for this order is already with support.')).toHaveAttribute(
      'role',
      'alert',
    );
    expect(app.location()).toBe(`/orders/${order.id}/refund`);
    const current = api.backend.get(order.id);
    expect(current.ok && current.body.refundRequests.filter((r) => r.status === 'pending')).toHaveLength(1);
  });
});
