import type { Address, Customer, LineItem, Order, Product, RefundRequest } from '@/domain';
import { HOUR_MS, MINUTE_MS } from '@/domain/time';

/** The fixed "now" every rule test is evaluated at. */
export const NOW = new Date('2025-03-14T12:00:00.000Z');

/** ISO timestamp `ms` milliseconds before NOW. */
export function isoAgo(ms: number): string {
  return new Date(NOW.getTime() - ms).toISOString();
}

export const minutes = (n: number): number => n * MINUTE_MS;
export const hours = (n: number): number => n * HOUR_MS;

/** A standard, unrestricted product line: 1 × $25.00. */
export function makeItem(overrides: Partial<LineItem> = {}): LineItem {
  return {
    id: 'li-std',
    productId: 'p-bracelet',
    name: 'Classic Bracelet',
    unitPriceCents: 2500,
    quantity: 1,
    kind: 'standard',
    restricted: false,
    ...overrides,
  };
}

/** A made-to-order personalized line: 1 × $19.99 (odd cents on purpose). */
export function makePersonalizedItem(overrides: Partial<LineItem> = {}): LineItem {
  return makeItem({
    id: 'li-pers',
    productId: 'p-necklace',
    name: 'Name Necklace',
    unitPriceCents: 1999,
    kind: 'personalized',
    personalization: 'Anna',
    ...overrides,
  });
}

/** A restricted product: carriers refuse it by express. */
export function makeLighterItem(overrides: Partial<LineItem> = {}): LineItem {
  return makeItem({
    id: 'li-lighter',
    productId: 'p-lighter',
    name: 'Lighter',
    unitPriceCents: 1200,
    restricted: true,
    ...overrides,
  });
}

export function makeAddress(overrides: Partial<Address> = {}): Address {
  return {
    name: 'Ana Silva',
    line1: '123 Main St',
    line2: '',
    city: 'San Francisco',
    region: 'CA',
    postalCode: '94107',
    country: 'US',
    phone: '+1 415-555-0100',
    ...overrides,
  };
}

export function makeCustomer(overrides: Partial<Customer> = {}): Customer {
  return { name: 'Ana Silva', email: 'ana@example.com', ...overrides };
}

export function makeProduct(overrides: Partial<Product> = {}): Product {
  return {
    id: 'p-bracelet',
    name: 'Classic Bracelet',
    priceCents: 2500,
    kind: 'standard',
    restricted: false,
    ...overrides,
  };
}

export function makeRefundRequest(overrides: Partial<RefundRequest> = {}): RefundRequest {
  return {
    id: 'rr-1',
    createdAt: isoAgo(minutes(10)),
    reason: 'changed_mind',
    note: '',
    itemIds: [],
    estimate: { kind: 'review', rule: 'return_policy', explanation: 'Reviewed by support.' },
    status: 'pending',
    ...overrides,
  };
}

const FIXTURE_SHIPPING_CENTS = { standard: 499, express: 1999 } as const;

/**
 * A valid Order (USD, one standard item, a US address). Unless given, `paidAt` is null for an
 * unpaid order and 3 hours before NOW (outside the free-cancel window) otherwise, and the money
 * fields are derived from the items and shipping method.
 */
export function makeOrder(overrides: Partial<Order> = {}): Order {
  const status = overrides.status ?? 'unpaid';
  const items = overrides.items ?? [makeItem()];
  const shippingMethod = overrides.shippingMethod ?? 'standard';
  const subtotalCents =
    overrides.subtotalCents ?? items.reduce((sum, item) => sum + item.unitPriceCents * item.quantity, 0);
  const shippingCents = overrides.shippingCents ?? FIXTURE_SHIPPING_CENTS[shippingMethod];
  return {
    id: 'ord-1',
    code: '1001',
    version: 1,
    createdAt: isoAgo(hours(5)),
    paidAt: status === 'unpaid' ? null : isoAgo(hours(3)),
    currency: 'USD',
    customer: makeCustomer(),
    shippingAddress: makeAddress(),
    refundRequests: [],
    ...overrides,
    status,
    items,
    shippingMethod,
    subtotalCents,
    shippingCents,
    totalCents: overrides.totalCents ?? subtotalCents + shippingCents,
  };
}
