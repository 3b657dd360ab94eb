import { appendFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bulkDeleteResponseSchema,
  orderIdsResponseSchema,
  orderListResponseSchema,
  restoreResponseSchema,
} from '@/api/contract';
import type { Order } from '@/domain';
import { call, expectBody, expectError, getOrder, signIn, takeOrder } from './support/http';
import { OTHER_STORE } from './support/target';

const WRITE = { 'X-Requested-With': 'orderdesk' };

/**
 * Two stores on one backend: the other store's user, given this store's order ids, finds nothing
 * (404, or skipped as not found), and this store's orders stay as they were.
 */
export function isolationContract() {
  describe('one store’s orders, seen from another store', () => {
    let crossRequests = 0;
    afterAll(() => {
      const file = process.env.CONTRACT_REPORT;
      if (file) appendFileSync(`${file}.isolation`, `${crossRequests}\n`);
      console.log(`isolation: ${crossRequests} cross-store requests tried, all refused`);
    });

    it('are not found by id, not listed, not counted, and not changed by any endpoint', async () => {
      const { cookie } = await signIn(OTHER_STORE!);
      expect(cookie).not.toBeNull();
      const asOther = (
        method: 'GET' | 'POST' | 'PATCH',
        path: string,
        options: { json?: unknown; headers?: Record<string, string> } = {},
      ) => {
        crossRequests += 1;
        return call(method, path, { ...options, cookie, headers: { ...WRITE, ...options.headers } });
      };
      // The other store's ids are its own: only this store's ids it does not also use are probes.
      const otherIds = new Set(
        expectBody(await call('GET', '/orders/ids', { cookie }), 200, orderIdsResponseSchema).ids,
      );
      const mine = (order: Order) => !otherIds.has(order.id);
      const unpaid = await takeOrder('unpaid', mine);
      const paid = await takeOrder('unfulfilled', (order) => mine(order) && order.refundRequests.length === 0);
      const deleted = await takeOrder('unpaid', mine);
      expect((await call('POST', '/orders/bulk-delete', { json: { ids: [deleted.id] } })).status).toBe(200);
      const before = await Promise.all([unpaid, paid].map((order) => getOrder(order.id)));

      for (const order of [unpaid, paid]) {
        expectError(await asOther('GET', `/orders/${order.id}`), 404, 'not_found');
        expectError(await asOther('GET', `/orders/${order.id}/activity`), 404, 'not_found');
        expectError(
          await asOther('PATCH', `/orders/${order.id}`, {
            json: { version: order.version, shippingMethod: 'express' },
          }),
          404,
          'not_found',
        );
        expectError(await asOther('POST', `/orders/${order.id}/cancel`), 404, 'not_found');
        expectError(
          await asOther('POST', `/orders/${order.id}/refund-requests`, {
            json: { reason: 'damaged' },
            headers: { 'Idempotency-Key': `cross-${order.id}` },
          }),
          404,
          'not_found',
        );
      }
      const bulk = expectBody(
        await asOther('POST', '/orders/bulk-delete', { json: { ids: [unpaid.id, paid.id] } }),
        200,
        bulkDeleteResponseSchema,
      );
      expect(bulk.deleted).toEqual([]);
      expect(bulk.skipped.map(({ id, code }) => ({ id, code }))).toEqual([
        { id: unpaid.id, code: 'not_found' },
        { id: paid.id, code: 'not_found' },
      ]);
      const restored = expectBody(
        await asOther('POST', '/orders/restore', { json: { ids: [deleted.id] } }),
        200,
        restoreResponseSchema,
      );
      expect(restored.restored).toEqual([]);
      expect(restored.skipped.map((skip) => skip.id)).toEqual([deleted.id]);

      const search = expectBody(
        await asOther('GET', `/orders/ids?q=${encodeURIComponent(unpaid.code)}`),
        200,
        orderIdsResponseSchema,
      );
      expect(search.ids.filter((id) => id === unpaid.id && !otherIds.has(id))).toEqual([]);
      const page = expectBody(await asOther('GET', '/orders?pageSize=250'), 200, orderListResponseSchema);
      expect(page.counts.all).toBe(otherIds.size);
      expect(page.items.some((order) => order.id === unpaid.id)).toBe(false);

      // This store's orders are as they were; the deleted one is still deleted, and comes back for its owner.
      expect(await Promise.all([unpaid, paid].map((order) => getOrder(order.id)))).toEqual(before);
      expectError(await call('GET', `/orders/${deleted.id}`), 404, 'not_found');
      const own = expectBody(
        await call('POST', '/orders/restore', { json: { ids: [deleted.id] } }),
        200,
        restoreResponseSchema,
      );
      expect(own.restored).toEqual([deleted.id]);
    });
  });
}
