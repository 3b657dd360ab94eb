import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { ApiError } from '@/api/api-error';
import { MAX_PAGE_SIZE, type OrderSort } from '@/api/contract';
import { fetchOrder } from '@/api/orders/get-order';
import { fetchOrderIds } from '@/api/orders/get-order-ids';
import { fetchOrders } from '@/api/orders/get-orders';
import { fetchProducts } from '@/api/products/get-products';
import { ORDER_STATUSES, STATUS_RANK, type Order } from '@/domain';
import { createTestApi } from '@mocks/node';
import { DemoBackend } from '@mocks/backend/demo-backend';
import { CATALOG } from '@/backend/seed/catalog';
import {
  allOrders,
  ANCHOR,
  apiError,
  errorBody,
  fold,
  issuePaths,
  listParams,
  raw,
  SEED_ORDERS,
  setUpApi,
  createClock,
  validationIssues,
} from './support';

const api = setUpApi({ seedOrders: SEED_ORDERS }, createClock());

/** Every page of a query, through the client. */
async function fetchAll(overrides: Parameters<typeof listParams>[0] = {}): Promise<Order[]> {
  const items: Order[] = [];
  for (let page = 1; ; page += 1) {
    const result = await fetchOrders(listParams({ pageSize: MAX_PAGE_SIZE, ...overrides, page }));
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}

function expectOrdered<T>(values: readonly T[], compare: (a: T, b: T) => number) {
  for (let i = 1; i < values.length; i += 1) {
    const a = values[i - 1] as T;
    const b = values[i] as T;
    if (compare(a, b) > 0) expect.unreachable(`out of order at ${i}: ${String(a)} before ${String(b)}`);
  }
}

const byNumber = (a: number, b: number) => a - b;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('GET /api/orders: paging', () => {
  it('answers one page with the total, page, pageSize and per-status counts', async () => {
    const first = await fetchOrders(listParams());
    expect(first.items).toHaveLength(25);
    expect(first.total).toBe(SEED_ORDERS);
    expect(first.page).toBe(1);
    expect(first.pageSize).toBe(25);
    expect(first.counts.all).toBe(SEED_ORDERS);
  });

  it('page 2 holds the next orders, none repeated from page 1', async () => {
    const first = await fetchOrders(listParams({ page: 1 }));
    const second = await fetchOrders(listParams({ page: 2 }));
    expect(second.page).toBe(2);
    expect(second.total).toBe(first.total);
    expect(second.items).toHaveLength(25);
    const firstIds = new Set(first.items.map((o) => o.id));
    expect(second.items.filter((o) => firstIds.has(o.id))).toEqual([]);
    // Newest first across the page boundary.
    const lastOfFirst = first.items.at(-1);
    const firstOfSecond = second.items[0];
    expect(lastOfFirst && firstOfSecond && lastOfFirst.createdAt >= firstOfSecond.createdAt).toBe(true);
  });

  it('walking every page yields each order exactly once, total of them', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 8; page += 1) {
      const result = await fetchOrders(listParams({ page, pageSize: 25 }));
      seen.push(...result.items.map((o) => o.id));
    }
    expect(seen).toHaveLength(SEED_ORDERS);
    expect(new Set(seen).size).toBe(SEED_ORDERS);
    const past = await fetchOrders(listParams({ page: 9, pageSize: 25 }));
    expect(past.items).toEqual([]);
    expect(past.total).toBe(SEED_ORDERS);
  });

  it(`accepts pageSize ${MAX_PAGE_SIZE} and refuses ${MAX_PAGE_SIZE + 1} with 422 validation`, async () => {
    const max = await fetchOrders(listParams({ pageSize: MAX_PAGE_SIZE }));
    expect(max.items).toHaveLength(SEED_ORDERS);

    const error = await apiError(fetchOrders(listParams({ pageSize: MAX_PAGE_SIZE + 1 })));
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.path)).toContain('pageSize');
  });

  it('refuses page 0, an unknown status and an unknown sort with 422 validation', async () => {
    for (const query of ['page=0', 'status=paid', 'sort=price', 'pageSize=abc']) {
      const response = await raw('GET', `/orders?${query}`);
      expect(response.status, query).toBe(422);
      expect(issuePaths(validationIssues(response)).length, query).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/orders: status filter and counts', () => {
  it.each(ORDER_STATUSES)('status=%s: every item has it and total equals counts[status]', async (status) => {
    const page = await fetchOrders(listParams({ status, pageSize: MAX_PAGE_SIZE }));
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBe(page.counts[status]);
    expect(page.items).toHaveLength(page.total);
    expect(page.items.every((o) => o.status === status)).toBe(true);
  });

  it('the per-status counts add up to counts.all and match the data', async () => {
    const { counts } = await fetchOrders(listParams());
    const sum = ORDER_STATUSES.reduce((total, status) => total + counts[status], 0);
    expect(sum).toBe(counts.all);
    expect(counts.all).toBe(SEED_ORDERS);
    const everything = await fetchAll();
    for (const status of ORDER_STATUSES) {
      expect(counts[status], status).toBe(everything.filter((o) => o.status === status).length);
    }
  });

  it('counts follow the search, not the status tab', async () => {
    const city = await fetchOrders(listParams({ q: 'honolulu', status: 'shipped' }));
    const everyStatus = await fetchOrders(listParams({ q: 'honolulu', pageSize: MAX_PAGE_SIZE }));
    expect(city.counts).toEqual(everyStatus.counts);
    expect(everyStatus.counts.all).toBe(everyStatus.total);
    expect(city.total).toBe(city.counts.shipped);
  });
});

describe('GET /api/orders: search', () => {
  it('finds an order by its code, with or without the #', async () => {
    const target = allOrders(api)[57] as Order;
    const byCode = await fetchOrders(listParams({ q: target.code }));
    expect(byCode.items.map((o) => o.id)).toContain(target.id);

    const byHash = await fetchOrders(listParams({ q: `#${target.code}` }));
    expect(byHash.total).toBe(1);
    expect(byHash.items[0]?.id).toBe(target.id);
  });

  it('finds a customer by name ignoring accents and case ("ZOE …" finds "Zoë …")', async () => {
    const zoe = allOrders(api).find((o) => o.customer.name.startsWith('Zoë '));
    expect(zoe).toBeDefined();
    const name = zoe?.customer.name ?? '';
    const query = fold(name).toUpperCase();
    const result = await fetchOrders(listParams({ q: query, pageSize: MAX_PAGE_SIZE }));
    expect(result.items.map((o) => o.id)).toContain(zoe?.id);
    expect(
      result.items.every(
        (o) => fold(o.customer.name).includes(fold(name)) || fold(o.shippingAddress.name).includes(fold(name)),
      ),
    ).toBe(true);
  });

  it('an accented query matches unaccented text too ("Hernández" ≡ "hernandez")', async () => {
    const name = allOrders(api).find((o) => o.customer.name.includes('Hernández'))?.customer.name;
    expect(name).toBeDefined();
    const accented = await fetchOrders(listParams({ q: name ?? '', pageSize: MAX_PAGE_SIZE }));
    const plain = await fetchOrders(listParams({ q: fold(name ?? ''), pageSize: MAX_PAGE_SIZE }));
    expect(accented.total).toBeGreaterThan(0);
    expect(accented.items.map((o) => o.id)).toEqual(plain.items.map((o) => o.id));
    expect(plain.items.every((o) => o.customer.name === name || o.shippingAddress.name === name)).toBe(true);
  });

  // Ł and Ø are letters "with stroke": Unicode NFD does not split them, so stripping combining marks
  // alone leaves them in place. A merchant typing "lukasz" or "overgard" expects these customers.
  it('ignores stroke letters too: "lukasz" finds "Łukasz …" and "overgard" finds "… Øvergård"', async () => {
    const everyone = allOrders(api);
    const lukasz = everyone.filter((o) => o.customer.name.startsWith('Łukasz'));
    const overgard = everyone.filter((o) => o.customer.name.endsWith('Øvergård'));
    expect(lukasz.length).toBeGreaterThan(0);
    expect(overgard.length).toBeGreaterThan(0);

    const byLukasz = await fetchOrders(listParams({ q: 'lukasz', pageSize: MAX_PAGE_SIZE }));
    expect(byLukasz.items.map((o) => o.id)).toEqual(expect.arrayContaining(lukasz.map((o) => o.id)));
    const byOvergard = await fetchOrders(listParams({ q: 'overgard', pageSize: MAX_PAGE_SIZE }));
    expect(byOvergard.items.map((o) => o.id)).toEqual(expect.arrayContaining(overgard.map((o) => o.id)));
  });

  it('finds an order by the customer email', async () => {
    const target = allOrders(api)[123] as Order;
    const result = await fetchOrders(listParams({ q: target.customer.email.toUpperCase() }));
    expect(result.items.map((o) => o.id)).toContain(target.id);
    expect(result.items.every((o) => o.customer.email === target.customer.email)).toBe(true);
  });

  it('finds orders by shipping city, every match and nothing else', async () => {
    const expected = allOrders(api).filter((o) => o.shippingAddress.city === 'San Juan');
    expect(expected.length).toBeGreaterThan(0);
    const result = await fetchOrders(listParams({ q: 'san juan', pageSize: MAX_PAGE_SIZE }));
    expect(result.total).toBe(expected.length);
    expect(result.items.map((o) => o.id)).toEqual(expected.map((o) => o.id));
  });

  it('combines search with a status filter, and surrounding spaces are ignored', async () => {
    const result = await fetchOrders(listParams({ q: '  Seattle  ', status: 'unpaid', pageSize: MAX_PAGE_SIZE }));
    const expected = allOrders(api, 'unpaid').filter((o) => o.shippingAddress.city === 'Seattle');
    expect(result.items.map((o) => o.id)).toEqual(expected.map((o) => o.id));
  });

  it('a search matching nothing answers an empty page with zero counts', async () => {
    const result = await fetchOrders(listParams({ q: 'no such customer xyzzy' }));
    expect(result.items).toEqual([]);
    expect(result.total).toBe(0);
    expect(Object.values(result.counts).every((n) => n === 0)).toBe(true);
  });
});

describe('GET /api/orders: sort', () => {
  const cases: [OrderSort, (items: Order[]) => void][] = [
    [
      'totalCents',
      (items) =>
        expectOrdered(
          items.map((o) => o.totalCents),
          byNumber,
        ),
    ],
    [
      '-totalCents',
      (items) =>
        expectOrdered(
          items.map((o) => o.totalCents),
          (a, b) => b - a,
        ),
    ],
    [
      'customer',
      (items) =>
        expectOrdered(
          items.map((o) => fold(o.customer.name)),
          byText,
        ),
    ],
    [
      '-customer',
      (items) =>
        expectOrdered(
          items.map((o) => fold(o.customer.name)),
          (a, b) => byText(b, a),
        ),
    ],
    [
      'status',
      (items) =>
        expectOrdered(
          items.map((o) => STATUS_RANK[o.status]),
          byNumber,
        ),
    ],
    [
      '-status',
      (items) =>
        expectOrdered(
          items.map((o) => STATUS_RANK[o.status]),
          (a, b) => b - a,
        ),
    ],
    [
      'createdAt',
      (items) =>
        expectOrdered(
          items.map((o) => Date.parse(o.createdAt)),
          byNumber,
        ),
    ],
    [
      '-createdAt',
      (items) =>
        expectOrdered(
          items.map((o) => Date.parse(o.createdAt)),
          (a, b) => b - a,
        ),
    ],
  ];

  it.each(cases)('sort=%s orders every order across pages', async (sort, check) => {
    const items = await fetchAll({ sort, pageSize: 50 });
    expect(items).toHaveLength(SEED_ORDERS);
    expect(new Set(items.map((o) => o.id)).size).toBe(SEED_ORDERS);
    check(items);
  });

  it('sort=totalCents starts with the cheapest order, -totalCents with the dearest', async () => {
    const everything = allOrders(api).map((o) => o.totalCents);
    const asc = await fetchOrders(listParams({ sort: 'totalCents' }));
    const desc = await fetchOrders(listParams({ sort: '-totalCents' }));
    expect(asc.items[0]?.totalCents).toBe(Math.min(...everything));
    expect(desc.items[0]?.totalCents).toBe(Math.max(...everything));
  });

  it('sort=status follows the lifecycle: unpaid first, cancelled last', async () => {
    const items = await fetchAll({ sort: 'status' });
    expect(items[0]?.status).toBe('unpaid');
    expect(items.at(-1)?.status).toBe('cancelled');
    const order = [...new Set(items.map((o) => o.status))];
    expect(order).toEqual([...ORDER_STATUSES]);
  });

  it('the default sort is newest first', async () => {
    const response = await raw('GET', '/orders');
    expect(response.status).toBe(200);
    const viaClient = await fetchOrders(listParams({ sort: '-createdAt' }));
    expect(response.body).toEqual(JSON.parse(JSON.stringify(viaClient)));
    expect(viaClient.items[0]?.createdAt).toBe(
      allOrders(api)
        .map((o) => o.createdAt)
        .sort()
        .at(-1),
    );
  });
});

describe('GET /api/orders: deterministic seed', () => {
  it('two backends with the same seed size and anchor give identical first pages', () => {
    const options = { seedOrders: SEED_ORDERS, anchorMs: ANCHOR, now: () => new Date(ANCHOR) };
    for (const sort of ['-createdAt', 'customer', '-totalCents'] as const) {
      const a = new DemoBackend(options).list(listParams({ sort, pageSize: 100 }));
      const b = new DemoBackend(options).list(listParams({ sort, pageSize: 100 }));
      expect(a).toEqual(b);
    }
  });

  it('a separate test API with the same seed serves the same first page over HTTP', async () => {
    const viaHttp = await fetchOrders(listParams({ pageSize: 50 }));
    const other = createTestApi({ seedOrders: SEED_ORDERS, anchorMs: ANCHOR, now: () => new Date(ANCHOR) });
    expect(other.backend.list(listParams({ pageSize: 50 }))).toEqual(viaHttp);
  });

  it('the newest seeded orders sit minutes before the anchor', async () => {
    const newest = (await fetchOrders(listParams({ pageSize: 12 }))).items;
    for (const order of newest) {
      const age = ANCHOR - Date.parse(order.createdAt);
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThanOrEqual(2 * 60 * 60_000);
    }
  });
});

describe('GET /api/orders/:id', () => {
  it('answers the order, as listed', async () => {
    const listed = (await fetchOrders(listParams({ page: 3 }))).items[4] as Order;
    await expect(fetchOrder(listed.id)).resolves.toEqual(listed);
  });

  it('answers 404 not_found for an unknown id', async () => {
    const error = await apiError(fetchOrder('ord_does_not_exist'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(404);
    expect(error.code).toBe('not_found');
    expect(error.message).not.toBe('');

    const response = await raw('GET', '/orders/ord_999999');
    expect(response.status).toBe(404);
    expect(errorBody(response).code).toBe('not_found');
  });
});

describe('GET /api/orders/ids', () => {
  it('status=unpaid: every unpaid id, ids.length === total === counts.unpaid', async () => {
    const { ids, total } = await fetchOrderIds({ status: 'unpaid', q: '' });
    const { counts } = await fetchOrders(listParams());
    expect(ids.length).toBe(total);
    expect(total).toBe(counts.unpaid);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(
      allOrders(api, 'unpaid')
        .map((o) => o.id)
        .sort(),
    );
  });

  it('follows the search as the list does', async () => {
    const { ids, total } = await fetchOrderIds({ status: 'all', q: 'boston' });
    const page = await fetchOrders(listParams({ q: 'boston', pageSize: MAX_PAGE_SIZE }));
    expect(total).toBe(page.total);
    expect([...ids].sort()).toEqual(page.items.map((o) => o.id).sort());
  });

  it('is not mistaken for an order id', async () => {
    const response = await raw('GET', '/orders/ids');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: SEED_ORDERS });
  });
});

describe('GET /api/products', () => {
  it('returns the catalog', async () => {
    const { items } = await fetchProducts();
    expect(items).toEqual([...CATALOG]);
    expect(items.some((p) => p.restricted)).toBe(true);
    expect(items.some((p) => p.kind === 'personalized')).toBe(true);
  });
});

describe('the client at the boundary', () => {
  it('turns a non-JSON answer into ApiError bad_response, not a crash', async () => {
    api.server.use(
      http.get('*/api/orders/:id', () => new HttpResponse('<html>', { headers: { 'content-type': 'text/html' } })),
    );
    const error = await apiError(fetchOrder('ord_000001'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('bad_response');
    expect(error.status).toBe(200);
  });

  it('turns unreadable JSON into ApiError bad_response', async () => {
    api.server.use(
      http.get(
        '*/api/orders/:id',
        () => new HttpResponse('{"id":', { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const error = await apiError(fetchOrder('ord_000001'));
    expect(error.code).toBe('bad_response');
  });

  it('turns JSON of the wrong shape into ApiError bad_response', async () => {
    api.server.use(http.get('*/api/orders/:id', () => HttpResponse.json({ id: 'ord_000001', status: 'lost' })));
    const error = await apiError(fetchOrder('ord_000001'));
    expect(error.code).toBe('bad_response');
  });

  it('turns a network failure into ApiError status 0, code network', async () => {
    api.server.use(http.get('*/api/orders', () => HttpResponse.error()));
    const error = await apiError(fetchOrders(listParams()));
    expect(error.status).toBe(0);
    expect(error.code).toBe('network');
    expect(error.isNetwork).toBe(true);
  });

  it('keeps an error body’s code, message and details', async () => {
    api.server.use(
      http.get('*/api/orders/:id', () =>
        HttpResponse.json({ code: 'server_error', message: 'Down for maintenance', retryAfter: 30 }, { status: 503 }),
      ),
    );
    const error = await apiError(fetchOrder('ord_000001'));
    expect(error.status).toBe(503);
    expect(error.code).toBe('server_error');
    expect(error.message).toBe('Down for maintenance');
    expect(error.details).toEqual({ retryAfter: 30 });
  });

  it('an error without the {code, message} shape becomes server_error with its status', async () => {
    api.server.use(http.get('*/api/orders/:id', () => HttpResponse.json({ oops: true }, { status: 500 })));
    const error = await apiError(fetchOrder('ord_000001'));
    expect(error.status).toBe(500);
    expect(error.code).toBe('server_error');
  });

  it('handlers are back to normal after each test', async () => {
    await expect(fetchOrder('ord_000001')).resolves.toMatchObject({ id: 'ord_000001' });
  });
});
