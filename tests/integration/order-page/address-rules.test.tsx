import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setUpApi } from '../../support/test-api';
import { field, openOrder, recordPatches, replaceText } from './helpers';
import { pickOrder, withoutPendingRefund } from '../../support/orders';

const api = setUpApi({ seedOrders: 120 });

const unpaidIn = (region: string) =>
  pickOrder(
    api,
    'unpaid',
    withoutPendingRefund((o) => o.shippingAddress.country === 'US' && o.shippingAddress.region === region),
  );

describe('address rules on the order form', () => {
  it('refuses a ZIP that belongs to another state, at the ZIP, and sends nothing', async () => {
    const order = unpaidIn('CA');
    const patches = recordPatches(api.server);
    const app = await openOrder(order);

    await app.user.selectOptions(field('State'), 'New York');
    await app.user.click(screen.getByRole('button', { name: 'Save' }));

    const zip = order.shippingAddress.postalCode;
    await waitFor(() =>
      expect(field('ZIP code')).toHaveAccessibleDescription(
        `ZIP code ${zip} is in California, not New York. Check the ZIP code and the state.`,
      ),
    );
    expect(field('ZIP code')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(patches).toHaveLength(0);

    // A New York ZIP fixes it: the address review opens.
    await replaceText(app, field('ZIP code'), '10001');
    await app.user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('dialog', { name: 'Check the new shipping address' })).toBeInTheDocument();
  });

  it('changing the country clears the old country’s state, and a ZIP the new country doesn’t use', async () => {
    const order = unpaidIn('CA');
    const app = await openOrder(order);

    await app.user.selectOptions(field('Country'), 'Canada');

    expect(field('Region')).toHaveValue('');
    expect(field('Postal code')).toHaveValue('');

    await replaceText(app, field('Region'), 'ON');
    await replaceText(app, field('Postal code'), 'M5H 2N2');
    await app.user.selectOptions(field('Country'), 'United States');

    expect(field('State')).toHaveValue('');
    expect(field('ZIP code')).toHaveValue('');
  });

  it('keeps a postal code the new country writes the same way', async () => {
    const order = unpaidIn('CA');
    const app = await openOrder(order);

    await app.user.selectOptions(field('Country'), 'Germany');

    expect(field('Region')).toHaveValue('');
    expect(field('Postal code')).toHaveValue(order.shippingAddress.postalCode);
  });
});
