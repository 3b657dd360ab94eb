import { describe, expect, it } from 'vitest';
import {
  bulkDeleteResponseSchema,
  orderResponseSchema,
  refundRequestResponseSchema,
  restoreResponseSchema,
  validationErrorSchema,
} from '@/api/contract';
import { FREE_CANCEL_WINDOW_MS, REASONS, type Order } from '@/domain';
import { call, expectBody, expectError, getOrder, listOrders, takeOrder } from './support/http';

const bulkDelete = async (ids: string[]) =>
  expectBody(await call('POST', '/orders/bulk-delete', { json: { ids } }), 200, bulkDeleteResponseSchema);
const restore = async (ids: string[]) =>
  expectBody(await call('POST', '/orders/restore', { json: { ids } }), 200, restoreResponseSchema);
const refund = (order: Order, key: string | null, body: Record<string, unknown> = { reason: 'damaged' }) =>
  call('POST', `/orders/${order.id}/refund-requests`, { json: body, headers: key ? { 'Idempotency-Key': key } : {} });
const paidWithin = (ms: number) => (order: Order) =>
  order.paidAt !== null && Date.now() - Date.parse(order.paidAt) < ms;
const noRefundPending = (order: Order) => !order.refundRequests.some((request) => request.status === 'pending');

export function actionContract() {
  describe('POST /api/orders/bulk-delete and /restore', () => {
    it('deletes the unpaid orders, skips paid, cancelled, deleted and unknown ones saying why, and the counts follow', async () => {
      const unpaid = [await takeOrder('unpaid'), await takeOrder('unpaid')];
      const paid = await takeOrder('shipped');
      const cancelled = await takeOrder('cancelled');
      const gone = await takeOrder('unpaid');
      await bulkDelete([gone.id]);
      const before = await listOrders();
      const [first, second] = unpaid.map((o) => o.id);
      const result = await bulkDelete([second!, paid.id, 'ord_999999', gone.id, first!, cancelled.id, second!]);
      // Both lists keep the order of the request.
      expect(result.deleted).toEqual([second, first]);
      expect(result.skipped).toEqual([
        { id: paid.id, code: 'not_deletable', message: REASONS.deletePaid },
        { id: 'ord_999999', code: 'not_found', message: expect.any(String) },
        { id: gone.id, code: 'not_found', message: expect.any(String) },
        { id: cancelled.id, code: 'not_deletable', message: REASONS.deleteCancelled },
      ]);
      const after = await listOrders();
      expect(after.counts.unpaid).toBe(before.counts.unpaid - 2);
      expect(after.counts.all).toBe(before.counts.all - 2);
      for (const order of unpaid) expectError(await call('GET', `/orders/${order.id}`), 404, 'not_found');
      expect((await getOrder(paid.id)).version).toBe(paid.version);
      expect((await getOrder(cancelled.id)).version).toBe(cancelled.version);
    });

    it('restores a delete made in the last minute, as it was; a second restore or a never-deleted order is skipped', async () => {
      const order = await takeOrder('unpaid');
      const before = await listOrders();
      await bulkDelete([order.id]);
      const first = await restore([order.id]);
      expect(first).toEqual({ restored: [order.id], skipped: [] });
      expect(await getOrder(order.id)).toEqual(order);
      expect((await listOrders()).counts).toEqual(before.counts);
      const again = await restore([order.id, 'ord_999999']);
      expect(again.restored).toEqual([]);
      expect(again.skipped.map((skip) => skip.code)).toEqual(['not_restorable', 'not_restorable']);
    });

    it('answers 422 for an empty or malformed id list and 400 for a body that is not JSON', async () => {
      expectError(await call('POST', '/orders/bulk-delete', { json: { ids: [] } }), 422, 'validation');
      expectError(await call('POST', '/orders/bulk-delete', { json: { ids: 'ord_000001' } }), 422, 'validation');
      expectError(await call('POST', '/orders/restore', { json: { ids: [1, 2] } }), 422, 'validation');
      expectError(await call('POST', '/orders/bulk-delete', { text: 'ids=1' }), 400, 'bad_request');
    });
  });

  describe('POST /api/orders/:id/cancel', () => {
    it('cancels a paid order within 2 hours of payment, for free, with the whole amount back', async () => {
      const order = await takeOrder('unfulfilled', paidWithin(FREE_CANCEL_WINDOW_MS - 10 * 60_000));
      const cancelled = expectBody(await call('POST', `/orders/${order.id}/cancel`), 200, orderResponseSchema);
      expect(cancelled.status).toBe('cancelled');
      expect(cancelled.version).toBe(order.version + 1);
      const record = cancelled.refundRequests.at(-1);
      expect(record?.status).toBe('approved');
      expect(record?.estimate.kind === 'estimate' && record.estimate.totalCents).toBe(order.totalCents);
      expectError(await call('POST', `/orders/${order.id}/cancel`), 409, 'not_cancellable');
    });

    it('answers 409 cancel_window_closed after 2 hours, not_cancellable in production or unpaid, 404 unknown', async () => {
      const late = await takeOrder('unfulfilled', (o) => !paidWithin(FREE_CANCEL_WINDOW_MS + 60_000)(o));
      expectError(await call('POST', `/orders/${late.id}/cancel`), 409, 'cancel_window_closed');
      const producing = await takeOrder('in_production');
      expectError(await call('POST', `/orders/${producing.id}/cancel`), 409, 'not_cancellable');
      const unpaid = await takeOrder('unpaid');
      expectError(await call('POST', `/orders/${unpaid.id}/cancel`), 409, 'not_cancellable');
      expectError(await call('POST', '/orders/ord_999999/cancel'), 404, 'not_found');
      expect((await getOrder(late.id)).status).toBe('unfulfilled');
    });
  });

  describe('POST /api/orders/:id/refund-requests', () => {
    it('sends a request with its estimate; the same key again answers the same request, and only one exists', async () => {
      const order = await takeOrder('in_production', noRefundPending);
      const key = `contract-${order.id}-${Date.now()}`;
      const first = expectBody(await refund(order, key), 201, refundRequestResponseSchema);
      expect(first.request.status).toBe('pending');
      expect(first.request.estimate.kind).toBe('estimate');
      const again = expectBody(await refund(order, key), 201, refundRequestResponseSchema);
      expect(again.request.id).toBe(first.request.id);
      const stored = await getOrder(order.id);
      expect(stored.refundRequests.filter((request) => request.status === 'pending')).toHaveLength(1);
      expectError(await refund(order, `${key}-other`), 409, 'refund_already_requested');
    });

    it('gives a shipped order no estimate: support reviews it under the return policy', async () => {
      const order = await takeOrder('shipped', noRefundPending);
      const sent = expectBody(await refund(order, `contract-shipped-${order.id}`), 201, refundRequestResponseSchema);
      expect(sent.request.estimate.kind).toBe('review');
    });

    it('answers 422 refund_not_allowed for unpaid and cancelled orders, 400 without a key, 422 for a bad reason', async () => {
      const unpaid = await takeOrder('unpaid');
      expectError(await refund(unpaid, 'contract-unpaid'), 422, 'refund_not_allowed');
      const cancelled = await takeOrder('cancelled');
      expectError(await refund(cancelled, 'contract-cancelled'), 422, 'refund_not_allowed');
      const paid = await takeOrder('fulfilled', noRefundPending);
      expectError(await refund(paid, null), 400, 'bad_request');
      expectError(await refund(paid, 'contract-bad-reason', { reason: 'because' }), 422, 'validation');
      const unknownItem = await refund(paid, 'contract-bad-item', { reason: 'damaged', itemIds: ['itm_nope'] });
      expect(expectBody(unknownItem, 422, validationErrorSchema).issues[0]?.path).toBe('itemIds.0');
      expectError(await refund({ ...paid, id: 'ord_999999' }, 'contract-unknown'), 404, 'not_found');
      expect(noRefundPending(await getOrder(paid.id))).toBe(true);
    });
  });
}
