import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/format-number';
import { setUpApi } from '../../support/test-api';
import { field, openOrder, radio, replaceText } from './helpers';
import { pickOrder, withoutPendingRefund } from '../../support/orders';

const api = setUpApi({ seedOrders: 120 });

const plain = (status: 'unpaid' | 'unfulfilled') =>
  pickOrder(
    api,
    status,
    withoutPendingRefund(
      (o) =>
        o.shippingAddress.country === 'US' &&
        o.items.every((i) => !i.restricted) &&
        !/box/i.test(`${o.shippingAddress.line1} ${o.shippingAddress.line2}`) &&
        o.shippingMethod === 'standard',
    ),
  );

const totals = () => screen.getByRole('region', { name: /^(Total|Paid)$/ });

describe('the shipping price and the totals agree', () => {
  it('on an unpaid order, Express shows its price and the summary charges it', async () => {
    const order = plain('unpaid');
    const app = await openOrder(order);

    await app.user.click(radio('Express'));

    expect(radio('Express')).toHaveAccessibleDescription(expect.stringContaining('$19.99'));
    expect(totals()).toHaveTextContent(/Shipping \(Express\)\s*\$19\.99/);
  });

  it('on a paid order, Express shows no extra charge and the summary says what was paid, for which method', async () => {
    const order = plain('unfulfilled');
    const app = await openOrder(order);
    expect(radio('Express')).toHaveAccessibleDescription(expect.stringContaining('No extra charge'));
    expect(radio('Express')).not.toHaveAccessibleDescription(expect.stringContaining('$19.99'));

    await app.user.click(radio('Express'));

    const paid = formatMoney(order.shippingCents, order.currency).replace(/[.$]/g, '\\$&');
    expect(totals()).toHaveTextContent(new RegExp(`Shipping \\(Standard\\)\\s*${paid}`));
    expect(totals()).toHaveTextContent('Express instead of Standard: no extra charge');
  });

  it('the address review lists a shipping method change beside the address change', async () => {
    const order = plain('unfulfilled');
    const app = await openOrder(order);

    await replaceText(app, field('Address line 1'), '500 Howard St');
    await app.user.click(radio('Express'));
    await app.user.click(screen.getByRole('button', { name: 'Save' }));

    const review = await screen.findByRole('dialog', { name: 'Check the new shipping address' });
    const methodRow = within(review).getByRole('row', { name: /^Shipping method/ });
    expect(methodRow).toHaveTextContent('Standard');
    expect(methodRow).toHaveTextContent('Express');
    await app.user.click(within(review).getByRole('button', { name: 'Confirm and save' }));
    await waitFor(() => expect(api.backend.get(order.id)).toMatchObject({ body: { shippingMethod: 'express' } }));
  });
});
