import { describe, expect, it } from 'vitest';
import { orderResponseSchema, refundRequestResponseSchema, restoreResponseSchema } from '@/api/contract';
import type { Order } from '@/domain';
import { call, expectBody, getOrder, listOrders, takeOrder } from './support/http';
import { validDraft } from '../support/drafts';

export function raceContract() {
  describe('races: the backend, not the client, keeps the guarantees', () => {
    it('two edits sent at once with one version: exactly one 200 and one 409', async () => {
      const order = expectBody(await call('POST', '/orders', { json: validDraft() }), 201, orderResponseSchema);
      const [a, b] = await Promise.all(
        ['1 First St', '2 Second St'].map((line1) =>
          call('PATCH', `/orders/${order.id}`, {
            json: { version: order.version, shippingAddress: { ...order.shippingAddress, line1 } },
          }),
        ),
      );
      expect([a?.status, b?.status].sort()).toEqual([200, 409]);
      const stored = await getOrder(order.id);
      expect(stored.version).toBe(order.version + 1);
      const winner = a?.status === 200 ? '1 First St' : '2 Second St';
      expect(stored.shippingAddress.line1).toBe(winner);
    });

    it('ten refund requests sent at once with one key: one request, and every answer is that request', async () => {
      const order = await takeOrder('fulfilled', (o) => !o.refundRequests.some((r) => r.status === 'pending'));
      const key = `contract-race-${order.id}`;
      const answers = await Promise.all(
        Array.from({ length: 10 }, () =>
          call('POST', `/orders/${order.id}/refund-requests`, {
            json: { reason: 'damaged' },
            headers: { 'Idempotency-Key': key },
          }),
        ),
      );
      const ids = answers.map((answer) => expectBody(answer, 201, refundRequestResponseSchema).request.id);
      expect(new Set(ids).size).toBe(1);
      const stored = await getOrder(order.id);
      expect(stored.refundRequests.filter((r) => r.status === 'pending')).toHaveLength(1);
      expect(stored.version).toBe(order.version + 1);
    });

    it('a bulk delete racing an edit of the same unpaid order leaves one whole outcome, never half of each', async () => {
      const before = await listOrders();
      const orders: Order[] = [];
      for (let i = 0; i < 5; i += 1) {
        orders.push(expectBody(await call('POST', '/orders', { json: validDraft() }), 201, orderResponseSchema));
      }
      const ids = orders.map((order) => order.id);
      const [deleted, ...edits] = await Promise.all([
        call('POST', '/orders/bulk-delete', { json: { ids } }),
        ...orders.map((order) =>
          call('PATCH', `/orders/${order.id}`, { json: { version: order.version, shippingMethod: 'express' } }),
        ),
      ]);
      expect(deleted?.status).toBe(200);
      const back = expectBody(await call('POST', '/orders/restore', { json: { ids } }), 200, restoreResponseSchema);
      expect(back.restored.sort()).toEqual([...ids].sort());
      for (const [index, order] of orders.entries()) {
        const edit = edits[index];
        expect([200, 404]).toContain(edit?.status);
        const stored = await getOrder(order.id);
        // The edit either happened whole before the delete, or not at all.
        const wanted =
          edit?.status === 200
            ? { shippingMethod: 'express', version: order.version + 1 }
            : { shippingMethod: order.shippingMethod, version: order.version };
        expect({ shippingMethod: stored.shippingMethod, version: stored.version }).toEqual(wanted);
      }
      expect((await listOrders()).counts.all).toBe(before.counts.all + orders.length);
    });
  });
}
