import { screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { setUpApi } from '../../support/test-api';
import { findNotice, openOrder } from './helpers';
import { pickOrder, withoutPendingRefund } from '../../support/orders';
import { regionWith } from '../../support/regions';

const api = setUpApi({ seedOrders: 120 });

it('deletes an unpaid order from its own page, after a confirm, and offers Undo', async () => {
  const order = pickOrder(api, 'unpaid', withoutPendingRefund());
  const app = await openOrder(order);
  // Refund says to delete instead, and Delete is right there.
  expect(screen.getByRole('button', { name: 'Refund' })).toHaveAccessibleDescription(
    'Nothing was paid yet. Delete the order instead.',
  );
  await app.user.click(screen.getByRole('button', { name: 'Delete' }));
  const dialog = screen.getByRole('dialog', { name: `Delete order #${order.code}?` });
  await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

  await waitFor(() => expect(app.location()).toBe('/'));
  await findNotice(`Order #${order.code} deleted`);
  expect(api.backend.get(order.id).ok).toBe(false);

  await app.user.click(
    within(regionWith('status', `Order #${order.code} deleted`)).getByRole('button', { name: 'Undo' }),
  );
  await findNotice(`Order #${order.code} restored`);
  expect(api.backend.get(order.id).ok).toBe(true);
});

it('offers no Delete on a paid order page', async () => {
  const order = pickOrder(api, 'unfulfilled', withoutPendingRefund());
  await openOrder(order);
  expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
});
