import { expect, it } from 'vitest';
import { setUpApi } from '../../support/test-api';
import { field, findNotice, openOrder, replaceText } from './helpers';
import { pickOrder, withoutPendingRefund } from '../../support/orders';

const api = setUpApi({ seedOrders: 120 });

it('a draft put back keeps what the merchant typed and takes what someone else changed in other fields', async () => {
  const order = pickOrder(
    api,
    'unfulfilled',
    withoutPendingRefund((o) => o.shippingAddress.country === 'US'),
  );
  const first = await openOrder(order);
  await replaceText(first, field('Address line 1'), '77 Mission St');
  first.unmount(); // the page goes away before saving

  // Meanwhile a colleague fills in line 2.
  const changed = await api.backend.api.patch(order.id, {
    version: order.version,
    shippingAddress: { ...order.shippingAddress, line2: 'Suite 9' },
  });
  expect(changed.ok).toBe(true);

  await openOrder(order);
  expect(await findNotice('Your unsaved changes from earlier are back in the form.')).toBeInTheDocument();
  expect(field('Address line 1')).toHaveValue('77 Mission St');
  expect(field('Address line 2')).toHaveValue('Suite 9');
});
