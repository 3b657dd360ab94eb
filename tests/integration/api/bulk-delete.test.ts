import { describe, expect, it } from 'vitest';
import { deleteOrders } from '@/api/orders/delete-orders';
import { fetchOrder } from '@/api/orders/get-order';
import { fetchOrderIds } from '@/api/orders/get-order-ids';
import { fetchOrders } from '@/api/orders/get-orders';
import { restoreOrders } from '@/api/orders/restore-orders';
import {
  apiError,
  errorBody,
  issuePaths,
  listParams,
  MINUTE,
  pickOrder,
  pickOrders,
  raw,
  setUpApi,
  SEED_ORDERS,
  createClock,
  validationIssues,
} from './support';

const clock = createClock();
const api = setUpApi({ seedOrders: SEED_ORDERS }, clock);

describe('POST /api/orders/bulk-delete', () => {
  it('deletes the unpaid orders and skips paid, cancelled and unknown ones with a code and message', async () => {
    const unpaid = pickOrders(api, 'unpaid', 3);
    const paid = [pickOrder(api, 'unfulfilled'), pickOrder(api, 'in_production'), pickOrder(api, 'shipped')];
    const cancelled = pickOrder(api, 'cancelled');
    const before = await fetchOrders(listParams());
    const ids = [unpaid[0], paid[0], unpaid[1], paid[1], cancelled, unpaid[2], paid[2]].map((o) => o?.id ?? '');

    const result = await deleteOrders([...ids, 'ord_unknown']);

    expect([...result.deleted].sort()).toEqual(unpaid.map((o) => o.id).sort());
    const skipped = new Map(result.skipped.map((s) => [s.id, s]));
    expect(skipped.size).toBe(5);
    for (const order of [...paid, cancelled]) {
      const entry = skipped.get(order.id);
      expect(entry?.code, order.status).toBe('not_deletable');
      expect(entry?.message.trim(), order.status).not.toBe('');
    }
    expect(skipped.get('ord_unknown')?.code).toBe('not_found');
    expect(skipped.get('ord_unknown')?.message.trim()).not.toBe('');

    for (const order of unpaid) {
      const error = await apiError(fetchOrder(order.id));
      expect(error.status).toBe(404);
      expect(error.code).toBe('not_found');
    }
    for (const order of [...paid, cancelled]) await expect(fetchOrder(order.id)).resolves.toEqual(order);

    const after = await fetchOrders(listParams());
    expect(after.counts.unpaid).toBe(before.counts.unpaid - 3);
    expect(after.counts.all).toBe(before.counts.all - 3);
    expect(after.counts.unfulfilled).toBe(before.counts.unfulfilled);
    const { ids: stillUnpaid } = await fetchOrderIds({ status: 'unpaid', q: '' });
    expect(stillUnpaid.filter((id) => unpaid.some((o) => o.id === id))).toEqual([]);
  });

  it('a paid order is skipped with a reason a merchant can act on', async () => {
    const paid = pickOrder(api, 'unfulfilled');
    const result = await deleteOrders([paid.id]);
    expect(result.deleted).toEqual([]);
    expect(result.skipped).toEqual([{ id: paid.id, code: 'not_deletable', message: expect.stringMatching(/paid/i) }]);
  });

  it('an id sent twice is deleted once', async () => {
    const order = pickOrder(api, 'unpaid');
    const result = await deleteOrders([order.id, order.id]);
    expect(result.deleted).toEqual([order.id]);
    expect(result.skipped).toEqual([]);
  });

  it('deleting an already deleted order skips it as not_found', async () => {
    const order = pickOrder(api, 'unpaid');
    await deleteOrders([order.id]);
    const again = await deleteOrders([order.id]);
    expect(again.deleted).toEqual([]);
    expect(again.skipped).toEqual([expect.objectContaining({ id: order.id, code: 'not_found' })]);
  });

  it('"select all N matching" then delete empties the Unpaid tab', async () => {
    const { ids, total } = await fetchOrderIds({ status: 'unpaid', q: '' });
    const result = await deleteOrders(ids);
    expect(result.deleted).toHaveLength(total);
    expect(result.skipped).toEqual([]);
    const after = await fetchOrders(listParams({ status: 'unpaid' }));
    expect(after.total).toBe(0);
    expect(after.counts.unpaid).toBe(0);
  });

  it('an empty ids list, a missing ids field or a non-JSON body is refused (raw)', async () => {
    const empty = await raw('POST', '/orders/bulk-delete', { json: { ids: [] } });
    expect(empty.status).toBe(422);
    expect(issuePaths(validationIssues(empty))).toContain('ids');

    const missing = await raw('POST', '/orders/bulk-delete', { json: { all: true } });
    expect(missing.status).toBe(422);
    expect(errorBody(missing).code).toBe('validation');

    const text = await raw('POST', '/orders/bulk-delete', { text: 'ids=1,2' });
    expect(text.status).toBe(400);
    expect(errorBody(text).code).toBe('bad_request');
  });
});

describe('POST /api/orders/restore', () => {
  it('within a minute: restored and visible again, exactly as before', async () => {
    const orders = pickOrders(api, 'unpaid', 2);
    const ids = orders.map((o) => o.id);
    const before = await fetchOrders(listParams());
    await deleteOrders(ids);
    clock.advance(59_000);

    const result = await restoreOrders(ids);
    expect([...result.restored].sort()).toEqual([...ids].sort());
    expect(result.skipped).toEqual([]);
    for (const order of orders) await expect(fetchOrder(order.id)).resolves.toEqual(order);
    const after = await fetchOrders(listParams());
    expect(after.counts).toEqual(before.counts);
    expect(after.items).toEqual(before.items);
  });

  it('after 61 seconds: skipped as not_restorable and still gone', async () => {
    const order = pickOrder(api, 'unpaid');
    await deleteOrders([order.id]);
    clock.advance(61_000);

    const result = await restoreOrders([order.id]);
    expect(result.restored).toEqual([]);
    expect(result.skipped).toEqual([{ id: order.id, code: 'not_restorable', message: expect.any(String) }]);
    expect(result.skipped[0]?.message.trim()).not.toBe('');
    expect((await apiError(fetchOrder(order.id))).code).toBe('not_found');
  });

  it('an order that was never deleted, or restored already, is not_restorable', async () => {
    const live = pickOrder(api, 'unfulfilled');
    const deleted = pickOrder(api, 'unpaid');
    await deleteOrders([deleted.id]);
    const first = await restoreOrders([deleted.id, live.id, 'ord_unknown']);
    expect(first.restored).toEqual([deleted.id]);
    expect(first.skipped.map((s) => [s.id, s.code])).toEqual([
      [live.id, 'not_restorable'],
      ['ord_unknown', 'not_restorable'],
    ]);
    const second = await restoreOrders([deleted.id]);
    expect(second.restored).toEqual([]);
    expect(second.skipped.map((s) => s.code)).toEqual(['not_restorable']);
    await expect(fetchOrder(live.id)).resolves.toEqual(live);
  });

  it('each delete has its own minute', async () => {
    const [early, late] = pickOrders(api, 'unpaid', 2);
    await deleteOrders([early?.id ?? '']);
    clock.advance(40 * 1000);
    await deleteOrders([late?.id ?? '']);
    clock.advance(30 * 1000);
    const result = await restoreOrders([early?.id ?? '', late?.id ?? '']);
    expect(result.restored).toEqual([late?.id]);
    expect(result.skipped.map((s) => [s.id, s.code])).toEqual([[early?.id, 'not_restorable']]);
  });

  it('a restored order can be deleted again and restored again', async () => {
    const order = pickOrder(api, 'unpaid');
    await deleteOrders([order.id]);
    await restoreOrders([order.id]);
    clock.advance(2 * MINUTE);
    expect((await deleteOrders([order.id])).deleted).toEqual([order.id]);
    clock.advance(10_000);
    expect((await restoreOrders([order.id])).restored).toEqual([order.id]);
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('an empty ids list (raw) → 422 validation', async () => {
    const response = await raw('POST', '/orders/restore', { json: { ids: [] } });
    expect(response.status).toBe(422);
    expect(errorBody(response).code).toBe('validation');
  });
});
