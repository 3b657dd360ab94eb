import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { setUpApi } from '../../support/test-api';
import { openOrder } from './helpers';
import { pickOrder, withoutPendingRefund } from '../../support/orders';

const api = setUpApi({ seedOrders: 120 });

it('says, before and after the click, that cancelling an order in production goes through support', async () => {
  const order = pickOrder(api, 'in_production', withoutPendingRefund());
  const app = await openOrder(order);
  const cancel = screen.getByRole('button', { name: 'Cancel order' });
  expect(cancel).toHaveAccessibleDescription(
    'Production has started, so cancelling goes through support. Send a refund request instead.',
  );

  await app.user.click(cancel);
  const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
  expect(dialog).toHaveTextContent(
    'Free cancellation is no longer possible for this order, so cancelling it goes to support as a refund request.',
  );
  expect(screen.getByLabelText('Reason')).toHaveValue('cancellation');
});
