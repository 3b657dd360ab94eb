import { cancelWindow } from './cancel-window';
import type { LineItem, Order, RefundEstimate, RefundEstimateLine } from './model';
import { halfCents } from './money';

export const ESTIMATE_EXPLANATIONS = {
  free_window: 'Within 2 hours of payment everything is refunded, with no fee.',
  before_production: 'The order is not in production yet, so items and shipping are refunded in full.',
  in_production:
    'Once in production, standard products are refunded in full; made-to-order personalized products are refunded at 50% of their price (the other 50% is the customization fee); shipping is refunded in full.',
  return_policy: 'Shipped orders get no estimate: support reviews the request under the 60-day return policy.',
  partialShipping: 'Shipping is refunded only when the request covers every item.',
} as const;

/** The same rules for a request that leaves some items out: they must not promise shipping back. */
export const PARTIAL_EXPLANATIONS = {
  free_window: 'Within 2 hours of payment the chosen items are refunded in full, with no fee.',
  before_production: 'The order is not in production yet, so the chosen items are refunded in full.',
  in_production:
    'Once in production, standard products are refunded in full; made-to-order personalized products are refunded at 50% of their price (the other 50% is the customization fee).',
} as const;

type EstimableOrder = Pick<Order, 'status' | 'paidAt' | 'items' | 'shippingCents' | 'currency'>;

function line(item: LineItem, feeApplies: boolean): RefundEstimateLine {
  const paidCents = item.unitPriceCents * item.quantity;
  const feeCents = feeApplies && item.kind === 'personalized' ? paidCents - halfCents(paidCents) : 0;
  return {
    itemId: item.id,
    name: item.name,
    quantity: item.quantity,
    paidCents,
    feeCents,
    refundCents: paidCents - feeCents,
  };
}

/** Which items a request covers: all of them when none are named. Unknown ids are ignored. */
export function coveredItems(order: Pick<Order, 'items'>, itemIds?: readonly string[]): LineItem[] {
  if (!itemIds || itemIds.length === 0) return order.items;
  const wanted = new Set(itemIds);
  return order.items.filter((item) => wanted.has(item.id));
}

/**
 * What support is expected to refund, shown before the merchant confirms. Null when the order
 * cannot be refunded at all (unpaid or cancelled).
 */
export function refundEstimate(order: EstimableOrder, now: Date, itemIds?: readonly string[]): RefundEstimate | null {
  if (order.status === 'unpaid' || order.status === 'cancelled') return null;
  if (order.status === 'shipped') {
    return { kind: 'review', rule: 'return_policy', explanation: ESTIMATE_EXPLANATIONS.return_policy };
  }
  const rule =
    order.status === 'unfulfilled'
      ? cancelWindow(order, now).open
        ? 'free_window'
        : 'before_production'
      : 'in_production';
  const items = coveredItems(order, itemIds);
  const lines = items.map((item) => line(item, rule === 'in_production'));
  const coversEverything = items.length === order.items.length;
  const shippingCents = coversEverything ? order.shippingCents : 0;
  const totalCents = lines.reduce((sum, l) => sum + l.refundCents, shippingCents);
  const explanation = coversEverything
    ? ESTIMATE_EXPLANATIONS[rule]
    : `${PARTIAL_EXPLANATIONS[rule]} ${ESTIMATE_EXPLANATIONS.partialShipping}`;
  return { kind: 'estimate', rule, explanation, lines, shippingCents, totalCents, currency: order.currency };
}

export const REFUND_NOTE_REQUIRED = 'Tell support what the request is about';

/** A request for reason "other" must say what it is about. */
export function refundNoteIssue(reason: string, note: string | undefined): string | null {
  return reason === 'other' && (note ?? '').trim() === '' ? REFUND_NOTE_REQUIRED : null;
}
