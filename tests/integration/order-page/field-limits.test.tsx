import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setUpApi } from '../../support/test-api';
import { field, openOrder, recordPatches } from './helpers';
import { pickOrder, withoutPendingRefund } from '../../support/orders';

const api = setUpApi({ seedOrders: 120 });

describe('text limits on the order form', () => {
  it('counts down as a field nears its limit, then says by how much it is over, in plain words', async () => {
    const order = pickOrder(
      api,
      'unpaid',
      withoutPendingRefund((o) => o.shippingAddress.country === 'US'),
    );
    const patches = recordPatches(api.server);
    const app = await openOrder(order);
    const line1 = field('Address line 1');

    await app.user.clear(line1);
    await app.user.paste('a'.repeat(60));
    expect(line1).not.toHaveAccessibleDescription(expect.stringContaining('characters'));

    await app.user.paste('b'.repeat(40));
    expect(line1).toHaveAccessibleDescription('20 characters left of 120');

    await app.user.paste('c'.repeat(25));
    expect(line1).toHaveAccessibleDescription('5 characters over the limit of 120');

    await app.user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(line1).toHaveAccessibleDescription('5 characters over the limit of 120 Use at most 120 characters'),
    );
    expect(document.body).not.toHaveTextContent(/too big|expected string|<=/i);
    expect(patches).toHaveLength(0);
  });
});
