import { describe, expect, it } from 'vitest';
import { foldText, ORDER_STATUSES, type Order } from '@/domain';
import { SORT_FIELDS, type OrderListParams, type SortField } from '@/api/contract';
import { DemoBackend } from '../backend/demo-backend';
import { seededOrderAt } from '../data/seed';
import { orderMatches } from './order-index';
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

/** Needles a merchant might type, taken from the orders themselves, plus ones that match nothing. */
function needlesFrom(orders: readonly Order[]): string[] {
  const needles = new Set(['#', '#1', '10', '999', 'ø', 'zoe', 'ZOË', 'example.com', '.o', '@', 'ca', 'sw1a 1', '<script', 'nothing-like-this']);
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

  it('finds the same orders as each order\'s own search text, for needles from names, emails, codes and places', () => {
    const needles = needlesFrom(seeded);
    expect(needles.length).toBeGreaterThan(100);
    for (const needle of needles) {
      const folded = foldText(needle);
      const matches = table.matcher(folded);
      const got = seeded.filter((_, index) => matches(index)).map((order) => order.id);
      const want = seeded.filter((order) => orderMatches(order, folded)).map((order) => order.id);
      expect({ needle, ids: got }).toEqual({ needle, ids: want });
    }
  });
});

describe('edited, created and deleted orders take their place among the seeded ones', () => {
  const now = ANCHOR + 60_000;
  const backend = new DemoBackend({ seedOrders: 600, anchorMs: ANCHOR, now: () => new Date(now) });
  const all = (params: Partial<OrderListParams>) =>
    backend.list({ page: 1, pageSize: 1000, status: 'all', sort: '-createdAt', q: '', ...params }).items;

  // Cheapest and dearest unpaid orders swap places; a customer is renamed to sort first; one is created; some deleted.
  const unpaid = all({ status: 'unpaid', sort: 'totalCents' });
  const [cheapest, dearest] = [unpaid[0] as Order, unpaid.at(-1) as Order];
  backend.patch(cheapest.id, { version: cheapest.version, items: [{ productId: 'prd_photo_watch', quantity: 4, personalization: 'Mia' }] });
  backend.patch(dearest.id, { version: dearest.version, items: [{ productId: 'prd_murano_bead', quantity: 1 }] });
  const paid = all({ status: 'shipped' })[3] as Order;
  backend.patch(paid.id, { version: paid.version, customer: { name: 'Aaliyah Abbott', email: 'aaliyah@example.com' } });
  const created = backend.create({
    customer: { name: 'Chicago Créé', email: 'cc@example.com' },
    items: [{ productId: 'prd_classic_bracelet', quantity: 2 }],
    shippingAddress: { name: 'Chicago Créé', line1: '1 Main St', line2: '', city: 'Chicago', region: 'IL', postalCode: '60601', country: 'US', phone: '' },
    shippingMethod: 'standard',
  });
  backend.bulkDelete(unpaid.slice(5, 40).map((order) => order.id));
  const current = all({});

  it('made the changes it sets out to test', () => {
    expect(created.ok).toBe(true);
    expect(current).toHaveLength(600 + 1 - 35);
  });

  it.each(SORT_FIELDS.flatMap((field) => [field, `-${field}`] as const))(
    'pages sorted by %s, for every tab and a search, exactly as sorting the current orders does',
    (sort) => {
      const field = sort.replace('-', '') as SortField;
      const ascending = [...current].sort(BY[field]);
      const sorted = sort.startsWith('-') ? ascending.reverse() : ascending;
      for (const status of ['all', ...ORDER_STATUSES] as const) {
        for (const q of ['', 'chicago', 'aaliyah']) {
          const want = sorted.filter((o) => (status === 'all' || o.status === status) && orderMatches(o, foldText(q)));
          const pages = [1, 2, 3].flatMap((page) => backend.list({ page, pageSize: 50, status, sort, q }).items);
          expect(pages.map((o) => o.id)).toEqual(want.slice(0, 150).map((o) => o.id));
          expect(backend.list({ page: 1, pageSize: 50, status, sort, q }).total).toBe(want.length);
        }
      }
    },
  );

  it('selects every matching order, newest first, with its status', () => {
    const want = [...current].sort(BY.createdAt).reverse().filter((o) => o.status === 'unpaid');
    const { ids, statuses } = backend.ids({ status: 'unpaid', q: '' });
    expect(ids).toEqual(want.map((o) => o.id));
    expect(new Set(statuses)).toEqual(new Set(['unpaid']));
  });
});
