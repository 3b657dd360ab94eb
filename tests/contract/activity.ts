import { describe, expect, it } from 'vitest';
import {
  activityResponseSchema,
  orderResponseSchema,
  refundRequestResponseSchema,
  sessionResponseSchema,
  type ActivityEntry,
} from '@/api/contract';
import { FREE_CANCEL_WINDOW_MS, type Order } from '@/domain';
import { call, expectBody, expectError, takeOrder, type Answer } from './support/http';
import { validDraft } from '../support/drafts';

const trail = async (orderId: string): Promise<ActivityEntry[]> =>
  expectBody(await call('GET', `/orders/${orderId}/activity`), 200, activityResponseSchema).items;

const requestIdOf = (answer: Answer) => answer.headers.get('X-Request-Id');

async function signedInName(): Promise<string> {
  return expectBody(await call('GET', '/session'), 200, sessionResponseSchema).user.name;
}

export function activityContract() {
  describe('GET /api/orders/:id/activity', () => {
    it('records a create, an edit with each field before and after, and a delete and restore, newest first, naming who and which request', async () => {
      const name = await signedInName();
      const createdAnswer = await call('POST', '/orders', { json: validDraft() });
      const order = expectBody(createdAnswer, 201, orderResponseSchema);
      const address = { ...order.shippingAddress, line1: '9 Elm Rd', city: 'Springfield' };
      const editAnswer = await call('PATCH', `/orders/${order.id}`, {
        json: { version: order.version, shippingAddress: address },
      });
      expect(editAnswer.status).toBe(200);
      const deleteAnswer = await call('POST', '/orders/bulk-delete', { json: { ids: [order.id] } });
      const restoreAnswer = await call('POST', '/orders/restore', { json: { ids: [order.id] } });
      expect(restoreAnswer.status).toBe(200);

      const entries = await trail(order.id);
      expect(entries.map((entry) => entry.action)).toEqual(['restored', 'deleted', 'edited', 'created']);
      expect(entries.every((entry) => entry.actor.name === name)).toBe(true);
      expect(entries.map((entry) => entry.requestId)).toEqual(
        [restoreAnswer, deleteAnswer, editAnswer, createdAnswer].map(requestIdOf),
      );
      const edit = entries[2]!;
      expect(edit.changes).toEqual([
        { path: 'shippingAddress.line1', before: order.shippingAddress.line1, after: '9 Elm Rd' },
        ...(order.shippingAddress.city === 'Springfield'
          ? []
          : [{ path: 'shippingAddress.city', before: order.shippingAddress.city, after: 'Springfield' }]),
      ]);
      const times = entries.map((entry) => Date.parse(entry.at));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    it('records a cancel and a refund request with what they were for', async () => {
      const recent = (order: Order) =>
        order.paidAt !== null && Date.now() - Date.parse(order.paidAt) < FREE_CANCEL_WINDOW_MS - 10 * 60_000;
      const cancelling = await takeOrder('unfulfilled', recent);
      expect((await call('POST', `/orders/${cancelling.id}/cancel`)).status).toBe(200);
      const [cancelled] = await trail(cancelling.id);
      expect(cancelled).toMatchObject({ action: 'cancelled', detail: expect.stringContaining('Cancellation') });

      const producing = await takeOrder('in_production', (order) => order.refundRequests.length === 0);
      const answer = await call('POST', `/orders/${producing.id}/refund-requests`, {
        json: { reason: 'damaged', note: 'Arrived cracked' },
        headers: { 'Idempotency-Key': `activity-${producing.id}` },
      });
      expectBody(answer, 201, refundRequestResponseSchema);
      const [requested] = await trail(producing.id);
      expect(requested).toMatchObject({
        action: 'refund_requested',
        detail: expect.stringMatching(/^Damaged or defective · estimate \$[\d,]+\.\d\d$/),
        requestId: answer.headers.get('X-Request-Id'),
      });
    });

    it('records nothing for a refused write, and answers 404 for an order that is not there', async () => {
      const order = await takeOrder('shipped');
      const refused = await call('PATCH', `/orders/${order.id}`, {
        json: { version: order.version, shippingMethod: order.shippingMethod === 'express' ? 'standard' : 'express' },
      });
      expect(refused.status).toBe(422);
      expect(await trail(order.id)).toEqual([]);
      expectError(await call('GET', '/orders/ord_999999/activity'), 404, 'not_found');
    });
  });
}
