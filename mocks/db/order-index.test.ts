import { beforeAll, describe, expect, it } from 'vitest';
import { foldText, ORDER_STATUSES, type Order } from '@/domain';
import { SORT_FIELDS, type OrderListParams, type SortField } from '@/api/contract';
import { DemoBackend } from '../backend/demo-backend';
import type { Outcome } from '@/backend/outcome';
import { seededOrderAt } from '@/backend/seed/seed';
import { SeedTable } from './seed-table';

const ANCHOR = Date.parse('2026-11-22T12:00:00Z');
const COUNT = 3_000;
const seeded = Array.from({ length: COUNT }, (_, index) => seededOrderAt(index, COUNT, ANCHOR));

const byId = (a: Order, b: Order) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const BY: Record<SortField, (a: Order, b: Order) => number> = {
  createdAt: (a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) || byId(a, b),
  totalCents: (a, b) => a.totalCents - b.totalCents || byId(a, b),
  customer: (a, b) => {
    const [ka, kb] = [foldText(a.customer.name), foldText(b.customer.name)];
    return (ka < kb ? -1 : ka > kb ? 1 : 0) || byId(a, b);
  },
  status: (a, b) => ORDER_STATUSES.indexOf(a.status) - ORDER_STATUSES.indexOf(b.status) || byId(a, b),
};

/** What a merchant can search an order by (SPEC: code, customer name or email, city…), spelled out here. */
function searchable(order: Order): string[] {
  const { customer, shippingAddress: a } = order;
  return [
    order.code,
    `#${order.code}`,
    customer.name,
    customer.email,
    a.name,
    a.city,
    a.region,
    a.country,
    a.postalCode,
  ].map(foldText);
}
const matchesSearch = (order: Order, q: string) => {
  const needle = foldText(q.trim());
  return needle === '' || searchable(order).some((part) => part.includes(needle));
};

/** Needles a merchant might type, taken from the orders themselves, plus ones that match nothing. */
function needlesFrom(orders: readonly Order[]): string[] {
  const needles = new Set([
    '#',
    '#1',
    '10',
    '999',
    'ø',
    'zoe',
    'ZOË',
    'example.com',
    '.o',
    '@',
    'ca',
    'sw1a 1',
    '<script',
    'nothing-like-this',
  ]);
  orders.forEach((order, i) => {
    if (i % 97 !== 0) return;
    const { customer, shippingAddress: a } = order;
    for (const part of [order.code, customer.name, customer.email, a.city, a.postalCode, a.region]) {
      const folded = foldText(part);
      needles.add(folded.slice(i % 3, (i % 3) + 4));
      needles.add(folded.slice(-5));
    }
  });
  return [...needles].filter((needle) => needle.trim() !== '');
}

describe('the seed as columns answers as the built orders would', () => {
  const table = new SeedTable(COUNT, ANCHOR);

  it.each(SORT_FIELDS)('sorts by %s exactly as sorting the built orders does', (field) => {
    const expected = [...seeded].sort(BY[field]).map((order) => order.id);
    expect(Array.from(table.sorted(field), (index) => seeded[index]?.id)).toEqual(expected);
  });

  it("finds the same orders as each order's own search text, for needles from names, emails, codes and places", () => {
    const needles = needlesFrom(seeded);
    expect(needles.length).toBeGreaterThan(100);
    for (const needle of needles) {
      const folded = foldText(needle);
      const matches = table.matcher(folded);
      const got = seeded.filter((_, index) => matches(index)).map((order) => order.id);
      const want = seeded
        .filter((order) => searchable(order).some((part) => part.includes(folded)))
        .map((order) => order.id);
      expect({ needle, ids: got }).toEqual({ needle, ids: want });
    }
  });
});

describe('edited, created and deleted orders take their place among the seeded ones', () => {
  const now = ANCHOR + 60_000;
  const backend = new DemoBackend({ seedOrders: 600, anchorMs: ANCHOR, now: () => new Date(now) });
  const seededAt600 = Array.from({ length: 600 }, (_, index) => seededOrderAt(index, 600, ANCHOR));
  const all = (params: Partial<OrderListParams>) =>
    backend.list({ page: 1, pageSize: 1000, status: 'all', sort: '-createdAt', q: '', ...params }).items;

  let created: Outcome<Order>;
  let deleted: Set<string>;
  let edited: Map<string, Outcome<Order>>;
  let current: Order[];
  beforeAll(async () => {
    // Cheapest and dearest unpaid orders swap places; a customer is renamed to sort first; one is created; some deleted.
    const unpaid = all({ status: 'unpaid', sort: 'totalCents' });
    const [cheapest, dearest] = [unpaid[0] as Order, unpaid.at(-1) as Order];
    await backend.api.patch(cheapest.id, {
      version: cheapest.version,
      items: [{ productId: 'prd_photo_watch', quantity: 4, personalization: 'Mia' }],
    });
    await backend.api.patch(dearest.id, {
      version: dearest.version,
      items: [{ productId: 'prd_murano_bead', quantity: 1 }],
    });
    // Customer details can change only while unpaid.
    const renamed = unpaid[7] as Order;
    await backend.api.patch(renamed.id, {
      version: renamed.version,
      customer: { name: 'Aaliyah Abbott', email: 'aaliyah@example.com' },
    });
    created = await backend.api.create({
      customer: { name: 'Chicago Créé', email: 'cc@example.com' },
      items: [{ productId: 'prd_classic_bracelet', quantity: 2 }],
      shippingAddress: {
        name: 'Chicago Créé',
        line1: '1 Main St',
        line2: '',
        city: 'Chicago',
        region: 'IL',
        postalCode: '60601',
        country: 'US',
        phone: '',
      },
      shippingMethod: 'standard',
    });
    deleted = new Set((await backend.api.bulkDelete(unpaid.slice(10, 45).map((order) => order.id))).deleted);
    // What the store should hold, worked out without listing it: the seed, minus deletions, with the edits and the new order.
    edited = new Map([cheapest, dearest, renamed].map((order) => [order.id, backend.get(order.id)]));
    current = [
      ...seededAt600
        .filter((order) => !deleted.has(order.id))
        .map((order) => {
          const now = edited.get(order.id);
          return now?.ok ? now.body : order;
        }),
      ...(created.ok ? [created.body] : []),
    ];
  });

  it('made the changes it sets out to test', () => {
    expect(created.ok).toBe(true);
    expect(deleted.size).toBe(35);
    expect([...edited.values()].map((outcome) => outcome.ok && outcome.body.version)).toEqual([2, 2, 2]);
    expect(current).toHaveLength(600 + 1 - 35);
  });

  it.each(['', 'chicago', 'aaliyah', 'example'])(
    'counts every tab for the search "%s" from the current orders',
    (q) => {
      const found = current.filter((order) => matchesSearch(order, q));
      const { counts } = backend.list({ page: 1, pageSize: 25, status: 'all', sort: '-createdAt', q });
      expect(counts.all).toBe(found.length);
      for (const status of ORDER_STATUSES)
        expect(counts[status]).toBe(found.filter((order) => order.status === status).length);
    },
  );

  it.each(SORT_FIELDS.flatMap((field) => [field, `-${field}`] as const))(
    'pages sorted by %s, for every tab and a search, exactly as sorting the current orders does',
    (sort) => {
      const field = sort.replace('-', '') as SortField;
      const ascending = [...current].sort(BY[field]);
      const sorted = sort.startsWith('-') ? ascending.reverse() : ascending;
      for (const status of ['all', ...ORDER_STATUSES] as const) {
        for (const q of ['', 'chicago', 'aaliyah']) {
          const want = sorted.filter((o) => (status === 'all' || o.status === status) && matchesSearch(o, q));
          const pages = [1, 2, 3].flatMap((page) => backend.list({ page, pageSize: 50, status, sort, q }).items);
          expect(pages.map((o) => o.id)).toEqual(want.slice(0, 150).map((o) => o.id));
          expect(backend.list({ page: 1, pageSize: 50, status, sort, q }).total).toBe(want.length);
        }
      }
    },
  );

  it('selects every matching order, newest first, with its status', () => {
    const want = [...current]
      .sort(BY.createdAt)
      .reverse()
      .filter((o) => o.status === 'unpaid');
    const { ids, statuses } = backend.ids({ status: 'unpaid', q: '' });
    expect(ids).toEqual(want.map((o) => o.id));
    expect(new Set(statuses)).toEqual(new Set(['unpaid']));
  });
});
