import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setUpApi } from '../../support/test-api';
import { field, openOrder, radio, replaceText } from './helpers';
import { editablePaidOrder } from '../../support/orders';

const api = setUpApi({ seedOrders: 120 });

const NEW_LINE1 = '500 Howard St';

const editablePaid = () => editablePaidOrder(api, (o) => o.shippingMethod === 'standard');

describe('unsaved changes', () => {
  it('asks before leaving with unsaved changes; Stay keeps them, Leave drops them', async () => {
    const order = editablePaid();
    const app = await openOrder(order);
    await replaceText(app, field('Address line 1'), NEW_LINE1);
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();

    await app.user.click(screen.getByRole('link', { name: '← All Orders' }));
    const guard = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await app.user.click(within(guard).getByRole('button', { name: 'Stay' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.location()).toBe(`/orders/${order.id}`);
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);

    await app.user.click(screen.getByRole('link', { name: '← All Orders' }));
    await app.user.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', {
        name: 'Leave',
      }),
    );
    await waitFor(() => expect(app.location()).toBe('/'));
    expect(api.backend.get(order.id)).toMatchObject({
      body: { shippingAddress: { line1: order.shippingAddress.line1 } },
    });
  });

  it('leaves without asking when nothing changed', async () => {
    const order = editablePaid();
    const app = await openOrder(order);

    await app.user.click(screen.getByRole('link', { name: '← All Orders' }));

    await waitFor(() => expect(app.location()).toBe('/'));
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
  });

  it('keeps what was typed while the refund dialog is opened and closed', async () => {
    const order = editablePaid();
    const app = await openOrder(order);
    await replaceText(app, field('Address line 1'), NEW_LINE1);

    await app.user.click(screen.getByRole('button', { name: 'Refund' }));
    const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(app.location()).toBe(`/orders/${order.id}`));
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
  });

  it('charges nothing for a new method on a paid order: the paid total stays', async () => {
    const order = editablePaid();
    const app = await openOrder(order);
    const total = screen.getByTestId('order-total');
    const paid = total.textContent;

    await app.user.click(radio('Express'));
    expect(total).toHaveTextContent(paid ?? '');
    await app.user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.backend.get(order.id)).toMatchObject({ body: { shippingMethod: 'express' } }));
    expect(api.backend.get(order.id)).toMatchObject({
      body: { totalCents: order.totalCents, shippingCents: order.shippingCents },
    });
    expect(screen.getByTestId('order-total')).toHaveTextContent(paid ?? '');
  });
});
