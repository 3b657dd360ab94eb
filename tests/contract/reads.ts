import { describe, expect, it } from 'vitest';
import { orderIdsResponseSchema, orderResponseSchema, productListResponseSchema, SORT_FIELDS } from '@/api/contract';
import { foldText, ORDER_STATUSES, STATUS_RANK, type Order } from '@/domain';
import { validDraft } from '../support/drafts';
import { call, expectBody, expectError, getOrder, listOrders, query, takeOrder } from './support/http';

const sortValue: Record<(typeof SORT_FIELDS)[number], (order: Order) => number | string> = {
  createdAt: (order) => Date.parse(order.createdAt),
  totalCents: (order) => order.totalCents,
  customer: (order) => foldText(order.customer.name),
  status: (order) => STATUS_RANK[order.status],
};

export function readContract() {
  describe('GET /api/orders', () => {
    it('answers one page with the total and a count per status tab that add up', async () => {
      const page = await listOrders({ pageSize: 25 });
      expect(page.items).toHaveLength(25);
      expect(page.page).toBe(1);
      expect(page.total).toBe(page.counts.all);
      expect(ORDER_STATUSES.reduce((sum, status) => sum + page.counts[status], 0)).toBe(page.counts.all);
    });

    it('pages without overlap, newest first by default', async () => {
      const first = await listOrders({ page: 1, pageSize: 10 });
      const second = await listOrders({ page: 2, pageSize: 10 });
      const ids = [...first.items, ...second.items].map((order) => order.id);
      expect(new Set(ids).size).toBe(20);
      const created = [...first.items, ...second.items].map((order) => Date.parse(order.createdAt));
      expect(created).toEqual([...created].sort((a, b) => b - a));
    });

    it('filters by status: every item has it and the total is its tab count', async () => {
      for (const status of ORDER_STATUSES) {
        const page = await listOrders({ status, pageSize: 50 });
        expect(page.items.every((order) => order.status === status)).toBe(true);
        expect(page.total).toBe(page.counts[status]);
      }
    });

    it.each(SORT_FIELDS)('sorts by %s both ways, the descending order the exact reverse', async (field) => {
      const ascending = await listOrders({ sort: field, pageSize: 250 });
      const values = ascending.items.map(sortValue[field]);
      expect(values).toEqual([...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const last = await listOrders({ sort: `-${field}`, pageSize: 250, page: 1 });
      const total = ascending.total;
      const tail = await listOrders({ sort: field, pageSize: 250, page: Math.ceil(total / 250) });
      const ascendingTail = tail.items.map((order) => order.id).reverse();
      expect(last.items.map((order) => order.id).slice(0, ascendingTail.length)).toEqual(ascendingTail);
    });

    it('searches by code, customer name (any case and accents), email and city, and counts within the search', async () => {
      const order = await takeOrder('shipped');
      const byCode = await listOrders({ q: `#${order.code}` });
      expect(byCode.items.map((found) => found.id)).toContain(order.id);
      const name = order.customer.name.split(' ')[0] ?? '';
      const byName = await listOrders({ q: name.toUpperCase(), pageSize: 250 });
      expect(byName.items.map((found) => found.id)).toContain(order.id);
      expect(byName.items.every((found) => JSON.stringify(found).length > 0)).toBe(true);
      const emailPart = order.customer.email.split('@')[0] ?? '';
      expect((await listOrders({ q: emailPart, pageSize: 250 })).items.map((found) => found.id)).toContain(order.id);
      const city = await listOrders({ q: order.shippingAddress.city, pageSize: 250 });
      expect(city.items.map((found) => found.id)).toContain(order.id);
      expect(city.total).toBe(city.counts.all);
      expect(city.total).toBeLessThan((await listOrders()).total);
    });

    it('finds nothing for a search that matches nothing, and takes % and _ as the characters they are', async () => {
      const nothing = await listOrders({ q: 'zzzz-no-such-order' });
      expect(nothing.items).toEqual([]);
      expect(nothing.total).toBe(0);
      const draft = validDraft({ customer: { name: 'Wild_card 50%off', email: 'wild.card@example.com' } });
      const created = expectBody(await call('POST', '/orders', { json: draft }), 201, orderResponseSchema);
      expect((await listOrders({ q: 'd_card 50%o' })).items.map((order) => order.id)).toEqual([created.id]);
      expect((await listOrders({ q: 'd%card' })).total).toBe(0);
      expect((await listOrders({ q: '5_%' })).total).toBe(0);
    });

    it('answers 422 validation, naming the parameter, for a sort, status or page size it does not know', async () => {
      for (const params of [{ sort: 'price' }, { status: 'lost' }, { pageSize: 1000 }, { page: 0 }, { page: 'two' }]) {
        const answer = await call('GET', `/orders?${query(params)}`);
        expectError(answer, 422, 'validation');
      }
    });

    it('answers an empty page past the last one', async () => {
      const page = await listOrders({ page: 10_000 });
      expect(page.items).toEqual([]);
      expect(page.total).toBeGreaterThan(0);
    });
  });

  describe('GET /api/orders/ids', () => {
    it('lists every id of a tab with its status, as many as the tab counts', async () => {
      const tab = await listOrders({ status: 'unpaid' });
      const all = expectBody(await call('GET', '/orders/ids?status=unpaid'), 200, orderIdsResponseSchema);
      expect(all.total).toBe(tab.total);
      expect(all.ids).toHaveLength(tab.total);
      expect(new Set(all.statuses)).toEqual(new Set(['unpaid']));
      expect(all.ids.slice(0, tab.items.length)).toEqual(tab.items.map((order) => order.id));
    });

    it('gives each id its own status across every tab, newest first as the list', async () => {
      const page = await listOrders({ status: 'all' });
      const all = expectBody(await call('GET', '/orders/ids'), 200, orderIdsResponseSchema);
      expect(all.total).toBe(page.total);
      expect(new Set(all.statuses).size).toBeGreaterThan(1);
      const shown = page.items.map((order) => [order.id, order.status]);
      expect(all.ids.slice(0, shown.length).map((id, index) => [id, all.statuses[index]])).toEqual(shown);
    });

    it('answers empty lists when nothing matches', async () => {
      const none = expectBody(await call('GET', '/orders/ids?q=no-order-has-this'), 200, orderIdsResponseSchema);
      expect(none).toEqual({ ids: [], statuses: [], total: 0 });
    });
  });

  describe('GET /api/orders/:id', () => {
    it('answers the order as the list shows it', async () => {
      const listed = await takeOrder('unfulfilled');
      expect(await getOrder(listed.id)).toEqual(listed);
    });

    it.each(['ord_999999', 'nope', "1' or '1'='1", '%00', 'x'.repeat(300), 'ord_000001;drop table orders'])(
      'answers 404 not_found for %j',
      async (id) => {
        expectError(await call('GET', `/orders/${encodeURIComponent(id)}`), 404, 'not_found');
      },
    );
  });

  describe('GET /api/products', () => {
    it('lists the catalog, prices in cents', async () => {
      const { items } = expectBody(await call('GET', '/products'), 200, productListResponseSchema);
      expect(items.length).toBeGreaterThan(3);
      expect(items.some((product) => product.restricted)).toBe(true);
      expect(items.every((product) => Number.isInteger(product.priceCents))).toBe(true);
    });
  });

  describe('unknown endpoints', () => {
    it('answer 404 with the error shape', async () => {
      expectError(await call('GET', '/nothing-here'), 404, 'not_found');
    });
  });
}
