import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Order } from '@/domain';
import { formatMoney } from '@/lib/format-number';
import { setUpApi } from '../../support/test-api';
import { openOrder } from '../order-page/helpers';
import { pickOrder, withoutPendingRefund } from '../../support/orders';

const api = setUpApi({ seedOrders: 120 });

const usd = (cents: number) => formatMoney(cents, 'USD');
const SHIPPING_ONLY_WHEN_ALL = 'Shipping is refunded only when the request covers every item.';

async function openRefund(order: Order) {
  const app = await openOrder(order);
  await app.user.click(screen.getByRole('button', { name: 'Refund' }));
  const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
  return { app, dialog };
}

/** Cells of the estimate row whose header starts with this text: [Paid, (Fee), Refund]. */
function cellsOf(table: HTMLElement, header: string): string[] {
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader')?.textContent?.trim().startsWith(header));
  if (!row) throw new Error(`No estimate row for ${header}`);
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent?.trim() ?? '');
}

describe('refund estimate', () => {
  it('charges the 50% customization fee on personalized items once in production, and adds up', async () => {
    const order = pickOrder(
      api,
      'in_production',
      withoutPendingRefund(
        (o) =>
          o.items.some((i) => i.kind === 'personalized') &&
          o.items.some((i) => i.kind === 'standard') &&
          new Set(o.items.map((i) => i.name)).size === o.items.length,
      ),
    );
    const { dialog } = await openRefund(order);

    const table = within(dialog).getByRole('table', { name: 'Refund estimate' });
    expect(within(table).getByRole('columnheader', { name: 'Customization fee' })).toBeInTheDocument();
    let expected = order.shippingCents;
    for (const item of order.items) {
      const paid = item.unitPriceCents * item.quantity;
      const refund = item.kind === 'personalized' ? Math.floor(paid / 2) : paid;
      expected += refund;
      const fee = item.kind === 'personalized' ? `−${usd(paid - refund)}` : '—';
      expect(cellsOf(table, item.name), item.name).toEqual([usd(paid), fee, usd(refund)]);
    }
    expect(cellsOf(table, 'Shipping').at(-1)).toBe(usd(order.shippingCents));
    expect(within(dialog).getByTestId('estimate-total')).toHaveTextContent(usd(expected));
    expect(dialog).toHaveTextContent('made-to-order personalized products are refunded at 50% of their price');
  });

  it('refunds everything with no fee column within 2 hours of payment', async () => {
    const order = pickOrder(
      api,
      'unfulfilled',
      withoutPendingRefund(
        (o) => Date.now() - Date.parse(o.paidAt ?? '') < 3_600_000 && o.items.some((i) => i.kind === 'personalized'),
      ),
    );
    const { dialog } = await openRefund(order);

    const table = within(dialog).getByRole('table', { name: 'Refund estimate' });
    expect(within(table).queryByRole('columnheader', { name: 'Customization fee' })).not.toBeInTheDocument();
    expect(within(dialog).getByTestId('estimate-total')).toHaveTextContent(usd(order.totalCents));
    expect(dialog).toHaveTextContent('Within 2 hours of payment everything is refunded, with no fee.');
  });

  it('gives no estimate for a shipped order, only the 60-day return policy', async () => {
    const order = pickOrder(api, 'shipped', withoutPendingRefund());
    const { dialog } = await openRefund(order);

    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
    expect(within(dialog).queryByTestId('estimate-total')).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      'Shipped orders get no estimate: support reviews the request under the 60-day return policy.',
    );
  });

  it('drops shipping from the estimate when not every item is covered, and says why', async () => {
    const order = pickOrder(
      api,
      'in_production',
      withoutPendingRefund((o) => o.items.length >= 2 && new Set(o.items.map((i) => i.name)).size === o.items.length),
    );
    const [first, second] = order.items;
    if (!first || !second) throw new Error('unreachable');
    const { app, dialog } = await openRefund(order);
    const table = within(dialog).getByRole('table', { name: 'Refund estimate' });
    expect(cellsOf(table, 'Shipping').at(-1)).toBe(usd(order.shippingCents));
    expect(dialog).not.toHaveTextContent(SHIPPING_ONLY_WHEN_ALL);

    await app.user.click(within(dialog).getByRole('checkbox', { name: new RegExp(`^${first.name}`) }));

    await waitFor(() => expect(cellsOf(table, 'Shipping').at(-1)).toBe('$0.00'));
    expect(within(table).queryByRole('rowheader', { name: new RegExp(`^${first.name}`) })).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent(SHIPPING_ONLY_WHEN_ALL);
    // Nothing else in the sentence promises shipping back.
    expect(dialog).not.toHaveTextContent(
      /shipping (?:is|are) refunded in full|items and shipping|everything is refunded/i,
    );
    const remaining = order.items.filter((i) => i !== first);
    const refundOf = (i: (typeof order.items)[number]) => {
      const paid = i.unitPriceCents * i.quantity;
      return i.kind === 'personalized' ? Math.floor(paid / 2) : paid;
    };
    expect(within(dialog).getByTestId('estimate-total')).toHaveTextContent(
      usd(remaining.reduce((sum, i) => sum + refundOf(i), 0)),
    );

    await app.user.click(within(dialog).getByRole('checkbox', { name: new RegExp(`^${first.name}`) }));
    await waitFor(() => expect(cellsOf(table, 'Shipping').at(-1)).toBe(usd(order.shippingCents)));
    expect(dialog).not.toHaveTextContent(SHIPPING_ONLY_WHEN_ALL);
  });

  it('asks for at least one item when every item is unticked', async () => {
    const order = pickOrder(
      api,
      'in_production',
      withoutPendingRefund((o) => o.items.length >= 2 && new Set(o.items.map((i) => i.name)).size === o.items.length),
    );
    const { app, dialog } = await openRefund(order);
    await app.user.selectOptions(within(dialog).getByLabelText('Reason'), 'Damaged or defective');
    for (const item of order.items)
      await app.user.click(within(dialog).getByRole('checkbox', { name: new RegExp(`^${item.name}`) }));

    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await within(dialog).findByText('Choose at least one item')).toBeInTheDocument();
    expect(api.backend.get(order.id)).toMatchObject({ body: { refundRequests: order.refundRequests } });
  });
});
