import { screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { useTestApi } from '../../support/test-api';
import { findNotice, openOrder, pickOrder } from './helpers';

const api = useTestApi({ seedOrders: 120 });

it('deletes an unpaid order from its own page, after a confirm, and offers Undo', async () => {
  const order = pickOrder(api.backend, 'unpaid', 'unpaid order');
  const app = await openOrder(order);
  // Refund says to delete instead, and Delete is right there.
  expect(screen.getByRole('button', { name: 'Refund' })).toHaveAccessibleDescription(
    'Nothing was paid yet. Delete the order instead.',
  );
  await app.user.click(screen.getByRole('button', { name: 'Delete' }));
  const dialog = screen.getByRole('dialog', { name: `Delete order #${order.code}?` });
  await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

  await waitFor(() => expect(app.location()).toBe('/'));
  const notice = await findNotice(`Order #${order.code} deleted`);
  expect(api.backend.get(order.id).ok).toBe(false);

  await app.user.click(within(notice.closest('div') ?? notice).getByRole('button', { name: 'Undo' }));
  await findNotice(`Order #${order.code} restored`);
  expect(api.backend.get(order.id).ok).toBe(true);
});

it('offers no Delete on a paid order page', async () => {
  const order = pickOrder(api.backend, 'unfulfilled', 'paid order');
  await openOrder(order);
  expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
});
