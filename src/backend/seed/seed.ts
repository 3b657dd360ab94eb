import { orderTotals, type Address, type LineItem, type Order, type RefundRequest, refundEstimate } from '@/domain';
import { HOSTILE_LINES, LONG_NOTE, type Place, PO_BOX_LINES, STREETS } from './people';
import { drawSeed, MINUTE, NAMES, PERSONALIZATIONS, PLACES, seedEmail } from './seed-draws';

export const DEFAULT_SEED_ORDERS = 500;
export const MAX_SEED_ORDERS = 100_000;

export function orderId(index: number): string {
  return `ord_${String(index + 1).padStart(6, '0')}`;
}

export function orderCode(index: number): string {
  return String(1001 + index);
}

/** The seeded order at `index` of `count`, newest first; the same for the same count and anchor. */
export function seededOrderAt(index: number, count: number, anchorMs: number): Order {
  const draw = drawSeed(index, count, anchorMs);
  const { status, createdMs, nameIndex, shippingMethod } = draw;
  const name = NAMES[nameIndex] as string;
  const items: LineItem[] = draw.items.map(({ product, quantity, personalization }, i) => ({
    id: `itm_${index}_${i}`,
    productId: product.id,
    name: product.name,
    unitPriceCents: product.priceCents,
    quantity,
    kind: product.kind,
    restricted: product.restricted,
    ...(personalization < 0 ? {} : { personalization: PERSONALIZATIONS[personalization] }),
  }));
  const line1 =
    draw.hostileLine >= 0
      ? (HOSTILE_LINES[draw.hostileLine] as string)
      : draw.poBox >= 0
        ? (PO_BOX_LINES[draw.poBox] as string)
        : `${draw.streetNumber} ${STREETS[draw.street]}`;
  const shippingAddress: Address = {
    name,
    line1,
    line2: draw.apartment > 0 ? `Apt ${draw.apartment}` : '',
    ...(PLACES[draw.placeIndex] as Place),
    phone: draw.phoneExchange > 0 ? `+1 555 ${draw.phoneExchange} ${draw.phoneLine}` : '',
  };
  const order: Order = {
    id: orderId(index),
    code: orderCode(count - 1 - index),
    status,
    version: 1,
    createdAt: new Date(createdMs).toISOString(),
    paidAt: status === 'unpaid' ? null : new Date(createdMs + draw.paidMinutes * MINUTE).toISOString(),
    currency: 'USD',
    customer: { name, email: seedEmail(nameIndex, index) },
    items,
    shippingAddress,
    shippingMethod,
    ...orderTotals(items, shippingMethod),
    refundRequests: [],
  };
  if (draw.refundRequested) order.refundRequests = [seedRefundRequest(order, index, createdMs)];
  return order;
}

function seedRefundRequest(order: Order, index: number, createdMs: number): RefundRequest {
  const requestedAt = new Date(createdMs + 3 * 60 * MINUTE);
  const estimate = refundEstimate(order, requestedAt);
  if (!estimate) throw new Error('seeded refund request on an order that cannot be refunded');
  return {
    id: `rfr_seed_${index}`,
    createdAt: requestedAt.toISOString(),
    reason: index % 2 === 0 ? 'changed_mind' : 'damaged',
    note: index % 2 === 0 ? '' : LONG_NOTE,
    itemIds: [],
    estimate,
    status: 'pending',
  };
}

/**
 * The demo's orders, newest first: the same for the same count and anchor time. The anchor is
 * "now" when the demo data was (re)set, so some paid orders fall inside the 2-hour window.
 */
export function seedOrders(count: number, anchorMs: number): Order[] {
  const size = seedSize(count);
  const orders: Order[] = new Array<Order>(size);
  for (let index = 0; index < size; index += 1) orders[index] = seededOrderAt(index, size, anchorMs);
  return orders;
}

export function seedSize(count: number): number {
  return Math.max(0, Math.min(MAX_SEED_ORDERS, Math.floor(count)));
}

/** The index of a seeded order from its id, or -1 for an id the seed did not make. */
export function seedIndexOf(id: string, count: number): number {
  const match = /^ord_(\d{6})$/.exec(id);
  if (!match) return -1;
  const index = Number(match[1]) - 1;
  return index >= 0 && index < count ? index : -1;
}
