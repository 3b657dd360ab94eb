import { screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { setUpApi } from '../../support/test-api';
import { openOrder, orderTitle } from './helpers';
import { pickOrder, withoutPendingRefund } from '../../support/orders';

const api = setUpApi({ seedOrders: 120 });
const MINUTE = 60_000;

it('when another tab has cancelled the order already, the page shows it cancelled instead of offering Cancel again', async () => {
  const order = pickOrder(
    api,
    'unfulfilled',
    withoutPendingRefund((o) => Date.now() - Date.parse(o.paidAt ?? '') < 60 * MINUTE),
  );
  const app = await openOrder(order);
  expect((await api.backend.api.cancel(order.id)).ok).toBe(true); // the other tab

  await app.user.click(screen.getByRole('button', { name: 'Cancel order' }));
  await app.user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

  await waitFor(() => expect(orderTitle(order)).toHaveTextContent('Cancelled'));
  expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument();
});
