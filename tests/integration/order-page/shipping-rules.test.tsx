import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SHIPPING_REASONS } from '@/domain';
import { setUpApi } from '../../support/test-api';
import { field, openOrder, radio, recordPatches, replaceText } from './helpers';
import { pickOrder, withoutPendingRefund } from '../../support/orders';

const api = setUpApi({ seedOrders: 120 });

const PO_BOX = "Express isn't available for P.O. Box or parcel locker addresses. Choose Standard.";
const REMOTE = 'Deliveries to Alaska, Hawaii and Puerto Rico may take longer than usual.';
const lighterReason =
  "Express isn't available because the order contains a restricted product (Windproof Lighter). Choose Standard.";

const plainUnpaid = () =>
  pickOrder(
    api,
    'unpaid',
    withoutPendingRefund(
      (o) =>
        o.shippingAddress.country === 'US' &&
        !['AK', 'HI', 'PR'].includes(o.shippingAddress.region) &&
        o.items.every((i) => !i.restricted) &&
        !/box/i.test(o.shippingAddress.line1) &&
        o.shippingMethod === 'standard',
    ),
  );

describe('shipping rules', () => {
  it('the reasons shown are the documented ones', () => {
    expect(SHIPPING_REASONS.poBox).toBe(PO_BOX);
    expect(SHIPPING_REASONS.remote).toBe(REMOTE);
    expect(SHIPPING_REASONS.restricted('Windproof Lighter')).toBe(lighterReason);
  });

  it.each([
    'PO Box 12',
    'P.O. Box 12',
    'Post Office Box 7',
    'POB 2210',
    'P O Bx 5',
    'Box 12',
    'РО Вох 12',
    'ＰＯ Ｂｏｘ １２',
    'Caja Postal 3',
    'Parcel Locker 3',
  ])('disables Express for a P.O. Box address (%s), saying why', async (line) => {
    const order = plainUnpaid();
    const app = await openOrder(order);
    expect(radio('Express')).toBeEnabled();

    await replaceText(app, field('Address line 1'), line);

    await waitFor(() => expect(radio('Express')).toBeDisabled());
    expect(radio('Express')).toHaveAccessibleDescription(expect.stringContaining(PO_BOX));
    expect(radio('Standard')).toBeEnabled();
    expect(radio('Standard')).toBeChecked();
  });

  it('recognises a P.O. Box in Address line 2 as well, and not streets such as "Box Elder St" or "Post Road"', async () => {
    const order = plainUnpaid();
    const app = await openOrder(order);

    for (const street of ['12 Box Elder St', 'Boxwood Rd 5', 'Post Road 12', 'Pobox Lane']) {
      await replaceText(app, field('Address line 1'), street);
      expect(radio('Express')).toBeEnabled();
    }

    await replaceText(app, field('Address line 2'), 'PO Box 4');
    await waitFor(() => expect(radio('Express')).toBeDisabled());
    expect(radio('Express')).toHaveAccessibleDescription(expect.stringContaining(PO_BOX));
  });

  it('asks to choose Standard when the address becomes a P.O. Box after Express was chosen, and sends nothing', async () => {
    const order = plainUnpaid();
    const patches = recordPatches(api.server);
    const app = await openOrder(order);

    await app.user.click(radio('Express'));
    expect(radio('Express')).toBeChecked();
    await replaceText(app, field('Address line 1'), 'PO Box 12');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(PO_BOX);
    await app.user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('Choose Standard'))).toBe(true),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(patches).toHaveLength(0);
    expect(api.backend.get(order.id)).toMatchObject({
      body: { shippingMethod: 'standard', shippingAddress: { line1: order.shippingAddress.line1 } },
    });

    // Choosing Standard clears the problem and the change can be saved.
    await app.user.click(radio('Standard'));
    await waitFor(() => expect(screen.queryByText(PO_BOX, { selector: '[role="alert"]' })).not.toBeInTheDocument());
  });

  it('disables Express for an order with a Windproof Lighter, naming the product', async () => {
    const order = pickOrder(
      api,
      'unpaid',
      withoutPendingRefund(
        (o) =>
          o.items.some((i) => i.productId === 'prd_windproof_lighter') &&
          o.items.every((i) => i.productId === 'prd_windproof_lighter' || !i.restricted),
      ),
    );
    await openOrder(order);

    expect(radio('Express')).toBeDisabled();
    expect(radio('Express')).toHaveAccessibleDescription(expect.stringContaining(lighterReason));
    expect(radio('Standard')).toBeEnabled();
  });

  it('disables Express as soon as a Windproof Lighter is added to the items', async () => {
    const order = plainUnpaid();
    const app = await openOrder(order);
    expect(radio('Express')).toBeEnabled();

    await app.user.click(screen.getByRole('button', { name: 'Add item' }));
    const selects = screen.getAllByLabelText(/^Product \d+$/);
    const added = selects[selects.length - 1];
    if (!added) throw new Error('No product select for the new item');
    await app.user.selectOptions(added, 'prd_windproof_lighter');

    await waitFor(() => expect(radio('Express')).toBeDisabled());
    expect(radio('Express')).toHaveAccessibleDescription(expect.stringContaining(lighterReason));
  });

  it.each([
    ['Alaska', 'AK'],
    ['Hawaii', 'HI'],
    ['Puerto Rico', 'PR'],
  ])('notes that deliveries to %s may take longer', async (stateName) => {
    const order = plainUnpaid();
    const app = await openOrder(order);
    expect(screen.queryByText(REMOTE)).not.toBeInTheDocument();

    await app.user.selectOptions(field('State'), stateName);

    expect(await screen.findByRole('note')).toHaveTextContent(REMOTE);

    await app.user.selectOptions(field('State'), 'California');
    await waitFor(() => expect(screen.queryByText(REMOTE)).not.toBeInTheDocument());
  });

  /** An order to the city when the seed has none: the note must not depend on seed luck. */
  async function createdTo(city: 'Anchorage' | 'Honolulu' | 'San Juan') {
    const place = { Anchorage: ['AK', '99501'], Honolulu: ['HI', '96813'], 'San Juan': ['PR', '00901'] }[city];
    const outcome = await api.backend.api.create({
      customer: { name: 'Kai Test', email: 'kai@example.com' },
      items: [{ productId: 'prd_murano_bead', quantity: 1 }],
      shippingAddress: {
        name: 'Kai Test',
        line1: '1 Harbor Rd',
        line2: '',
        city,
        region: place[0] ?? '',
        postalCode: place[1] ?? '',
        country: 'US',
        phone: '',
      },
      shippingMethod: 'standard',
    });
    if (!outcome.ok) throw new Error(outcome.body.message);
    return outcome.body;
  }

  it.each(['Anchorage', 'Honolulu', 'San Juan'] as const)(
    'notes longer delivery on an order already shipping to %s',
    async (city) => {
      const statuses = ['unfulfilled', 'unpaid', 'in_production', 'fulfilled', 'shipped', 'cancelled'] as const;
      const order =
        statuses
          .map((status) => {
            try {
              return pickOrder(
                api,
                status,
                withoutPendingRefund((o) => o.shippingAddress.city === city),
              );
            } catch {
              return null;
            }
          })
          .find((found) => found !== null) ?? (await createdTo(city));
      await openOrder(order);

      expect(screen.getByRole('note')).toHaveTextContent(REMOTE);
    },
  );
});
