import {
  foldText,
  orderTotals,
  type Address,
  type LineItem,
  type Order,
  type OrderStatus,
  type Product,
  type RefundRequest,
  refundEstimate,
} from '@/domain';
import { CATALOG } from './catalog';
import {
  FIRST_NAMES,
  HOSTILE_LINES,
  HOSTILE_NAMES,
  INTERNATIONAL_PLACES,
  LAST_NAMES,
  LONG_NOTE,
  PO_BOX_LINES,
  REMOTE_PLACES,
  STREETS,
  US_PLACES,
} from './people';
import { createRandom, type Random } from './prng';

export const DEFAULT_SEED_ORDERS = 500;
export const MAX_SEED_ORDERS = 100_000;
const SEED = 20261122;
const MINUTE = 60_000;
const YEAR = 365 * 24 * 60 * MINUTE;
/** The newest orders are minutes apart, so some paid ones are still inside the free-cancel window. */
const RECENT_ORDERS = 12;
const RECENT_SPACING = 9 * MINUTE;

const STATUS_WEIGHTS: readonly [OrderStatus, number][] = [
  ['unpaid', 0.18],
  ['unfulfilled', 0.2],
  ['in_production', 0.15],
  ['fulfilled', 0.1],
  ['shipped', 0.3],
  ['cancelled', 0.07],
];

function pickStatus(random: Random, index: number): OrderStatus {
  if (index < RECENT_ORDERS) return index % 3 === 2 ? 'unpaid' : 'unfulfilled';
  let roll = random.next();
  for (const [status, weight] of STATUS_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return 'shipped';
}

function makeAddress(random: Random, name: string): Address {
  const roll = random.next();
  const place = roll < 0.06 ? random.pick(REMOTE_PLACES) : roll < 0.14 ? random.pick(INTERNATIONAL_PLACES) : random.pick(US_PLACES);
  const poBox = random.chance(0.06);
  return {
    name,
    line1: poBox ? random.pick(PO_BOX_LINES) : `${random.int(1, 9999)} ${random.pick(STREETS)}`,
    line2: !poBox && random.chance(0.2) ? `Apt ${random.int(1, 40)}` : '',
    ...place,
    phone: random.chance(0.8) ? `+1 555 ${String(random.int(100, 999))} ${String(random.int(1000, 9999))}` : '',
  };
}

function makeItems(random: Random, orderIndex: number): LineItem[] {
  const count = random.int(1, 3);
  const items: LineItem[] = [];
  for (let i = 0; i < count; i += 1) {
    const product: Product = random.pick(CATALOG);
    items.push({
      id: `itm_${orderIndex}_${i}`,
      productId: product.id,
      name: product.name,
      unitPriceCents: product.priceCents,
      quantity: random.chance(0.8) ? 1 : random.int(2, 4),
      kind: product.kind,
      restricted: product.restricted,
      ...(product.kind === 'personalized' ? { personalization: random.pick(['Mia', 'Love you, Dad', 'Est. 2019', 'Zoë ♥']) } : {}),
    });
  }
  return items;
}

function emailFor(first: string, last: string, index: number): string {
  const ascii = (s: string) => foldText(s).replace(/[^a-z]/g, '');
  return `${ascii(first).slice(0, 12)}.${ascii(last).slice(0, 12)}${index % 97}@example.com`;
}

export function orderId(index: number): string {
  return `ord_${String(index + 1).padStart(6, '0')}`;
}

export function orderCode(index: number): string {
  return String(1001 + index);
}

/** Each order has its own PRNG stream, so any order can be made from its index alone. */
function randomFor(index: number): Random {
  let h = Math.imul(SEED ^ (index + 1), 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return createRandom(h >>> 0);
}

/** The status of the seeded order at `index`, without making the rest of it (the status is its first draw). */
export function seededStatusAt(index: number): OrderStatus {
  return pickStatus(randomFor(index), index);
}

/** The seeded order at `index` of `count`, newest first; the same for the same count and anchor. */
export function seededOrderAt(index: number, count: number, anchorMs: number): Order {
  const random = randomFor(index);
  const status = pickStatus(random, index);
  const spacing = Math.max(MINUTE, YEAR / count);
  const createdMs =
    index < RECENT_ORDERS
      ? anchorMs - (index + 1) * RECENT_SPACING
      : anchorMs - RECENT_ORDERS * RECENT_SPACING - (index - RECENT_ORDERS + random.next()) * spacing;
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const hostile = index % 41 === 5 ? HOSTILE_NAMES[Math.floor(index / 41) % HOSTILE_NAMES.length] : undefined;
  const name = hostile ?? `${first} ${last}`;
  const items = makeItems(random, index);
  const shippingAddress = makeAddress(random, name);
  if (index % 53 === 7) shippingAddress.line1 = HOSTILE_LINES[Math.floor(index / 53) % HOSTILE_LINES.length] ?? shippingAddress.line1;
  const expressAllowed = !items.some((i) => i.restricted) && !PO_BOX_LINES.some((l) => l === shippingAddress.line1);
  const shippingMethod = expressAllowed && random.chance(0.25) ? 'express' : 'standard';
  const paidAt = status === 'unpaid' ? null : new Date(createdMs + random.int(1, 5) * MINUTE).toISOString();
  const order: Order = {
    id: orderId(index),
    code: orderCode(count - 1 - index),
    status,
    version: 1,
    createdAt: new Date(createdMs).toISOString(),
    paidAt,
    currency: 'USD',
    customer: { name, email: hostile ? `guest${index}@example.com` : emailFor(first, last, index) },
    items,
    shippingAddress,
    shippingMethod,
    ...orderTotals(items, shippingMethod),
    refundRequests: [],
  };
  if (status !== 'unpaid' && status !== 'cancelled' && index >= RECENT_ORDERS && random.chance(0.06)) {
    order.refundRequests = [seedRefundRequest(order, index, createdMs)];
  }
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
