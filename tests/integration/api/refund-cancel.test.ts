import { describe, expect, it } from 'vitest';
import { cancelOrder } from '@/api/orders/cancel-order';
import { createRefundRequest } from '@/api/orders/create-refund-request';
import { deleteOrders } from '@/api/orders/delete-orders';
import { fetchOrder } from '@/api/orders/get-order';
import { FREE_CANCEL_WINDOW_MS, type Order, type RefundEstimate } from '@/domain';
import {
  ANCHOR,
  apiError,
  errorBody,
  hasPendingRefund,
  HOUR,
  issuePaths,
  MINUTE,
  pickOrder,
  raw,
  setUpApi,
  SEED_ORDERS,
  createClock,
  validationIssues,
} from './support';

const clock = createClock();
const api = setUpApi({ seedOrders: SEED_ORDERS }, clock);

const paidMs = (order: Order) => Date.parse(order.paidAt ?? '');
/** Paid less than 2 hours before the anchor: the free-cancel window is open at the start of each test. */
const inFreeWindow = (order: Order) => order.paidAt !== null && ANCHOR - paidMs(order) < FREE_CANCEL_WINDOW_MS;
const outsideFreeWindow = (order: Order) =>
  order.paidAt !== null && ANCHOR - paidMs(order) > FREE_CANCEL_WINDOW_MS + HOUR;

let keys = 0;
const newKey = () => `test-key-${(keys += 1)}`;

function asEstimate(estimate: RefundEstimate | undefined) {
  if (!estimate || estimate.kind !== 'estimate')
    return expect.unreachable(`expected an estimate, got ${JSON.stringify(estimate)}`);
  return estimate;
}

describe('POST /api/orders/:id/cancel', () => {
  it('an unfulfilled order paid under 2 h ago → 200 cancelled, with a full refund recorded', async () => {
    const order = pickOrder(api, 'unfulfilled', inFreeWindow);
    const cancelled = await cancelOrder(order.id);

    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.version).toBe(order.version + 1);
    expect(cancelled.items).toEqual(order.items);
    expect(cancelled.totalCents).toBe(order.totalCents);
    const record = cancelled.refundRequests.at(-1);
    expect(record?.reason).toBe('cancellation');
    const estimate = asEstimate(record?.estimate);
    expect(estimate.rule).toBe('free_window');
    expect(estimate.totalCents).toBe(order.totalCents);
    expect(estimate.lines.every((line) => line.feeCents === 0)).toBe(true);
    await expect(fetchOrder(order.id)).resolves.toEqual(cancelled);
  });

  it('one minute before the window ends it still cancels', async () => {
    const order = pickOrder(api, 'unfulfilled', inFreeWindow);
    clock.set(paidMs(order) + FREE_CANCEL_WINDOW_MS - MINUTE);
    await expect(cancelOrder(order.id)).resolves.toMatchObject({ status: 'cancelled' });
  });

  it('the same order more than 2 h after payment → 409 cancel_window_closed, unchanged', async () => {
    const order = pickOrder(api, 'unfulfilled', inFreeWindow);
    clock.set(paidMs(order) + FREE_CANCEL_WINDOW_MS + MINUTE);
    const error = await apiError(cancelOrder(order.id));
    expect(error.status).toBe(409);
    expect(error.code).toBe('cancel_window_closed');
    expect(error.message).not.toBe('');
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('an unfulfilled order paid long ago → 409 cancel_window_closed', async () => {
    const order = pickOrder(api, 'unfulfilled', outsideFreeWindow);
    const error = await apiError(cancelOrder(order.id));
    expect(error.code).toBe('cancel_window_closed');
  });

  it.each(['in_production', 'fulfilled', 'shipped'] as const)('%s → 409 not_cancellable, unchanged', async (status) => {
    const order = pickOrder(api, status);
    const error = await apiError(cancelOrder(order.id));
    expect(error.status).toBe(409);
    expect(error.code).toBe('not_cancellable');
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('an in_production order paid minutes ago is still not cancellable', async () => {
    const order = pickOrder(api, 'in_production');
    const ageSincePaid = FREE_CANCEL_WINDOW_MS / 4;
    clock.set(paidMs(order) + ageSincePaid);
    const error = await apiError(cancelOrder(order.id));
    expect(error.code).toBe('not_cancellable');
  });

  it('unpaid and already-cancelled orders → 409 not_cancellable', async () => {
    for (const status of ['unpaid', 'cancelled'] as const) {
      const order = pickOrder(api, status);
      const error = await apiError(cancelOrder(order.id));
      expect(error.status, status).toBe(409);
      expect(error.code, status).toBe('not_cancellable');
    }
  });

  it('cancelling twice → the second is 409 not_cancellable; a cancelled order is neither deletable nor refundable', async () => {
    const order = pickOrder(api, 'unfulfilled', inFreeWindow);
    await cancelOrder(order.id);
    expect((await apiError(cancelOrder(order.id))).code).toBe('not_cancellable');
    const deletion = await deleteOrders([order.id]);
    expect(deletion.skipped.map((s) => s.code)).toEqual(['not_deletable']);
    const refund = await apiError(
      createRefundRequest({ orderId: order.id, body: { reason: 'changed_mind' }, idempotencyKey: newKey() }),
    );
    expect(refund.status).toBe(422);
    expect(refund.code).toBe('refund_not_allowed');
  });

  it('an unknown order → 404 not_found', async () => {
    const error = await apiError(cancelOrder('ord_missing'));
    expect(error.status).toBe(404);
    expect(error.code).toBe('not_found');
  });
});

describe('POST /api/orders/:id/refund-requests', () => {
  it('201 with the request and its estimate; the order carries it, pending', async () => {
    const order = pickOrder(api, 'unfulfilled', (o) => outsideFreeWindow(o) && !hasPendingRefund(o));
    const { request, order: updated } = await createRefundRequest({
      orderId: order.id,
      body: { reason: 'wrong_address', note: 'Moved house' },
      idempotencyKey: newKey(),
    });

    expect(request.status).toBe('pending');
    expect(request.reason).toBe('wrong_address');
    expect(request.note).toBe('Moved house');
    expect(request.createdAt).toBe(new Date(ANCHOR).toISOString());
    const estimate = asEstimate(request.estimate);
    expect(estimate.rule).toBe('before_production');
    expect(estimate.totalCents).toBe(order.totalCents);
    expect(estimate.shippingCents).toBe(order.shippingCents);
    expect(estimate.currency).toBe(order.currency);
    expect(estimate.lines.map((l) => l.itemId)).toEqual(order.items.map((i) => i.id));

    expect(updated.version).toBe(order.version + 1);
    expect(updated.status).toBe(order.status);
    expect(updated.refundRequests).toEqual([request]);
    await expect(fetchOrder(order.id)).resolves.toEqual(updated);

    const response = await raw(
      'POST',
      `/orders/${pickOrder(api, 'fulfilled', (o) => !hasPendingRefund(o)).id}/refund-requests`,
      {
        json: { reason: 'damaged' },
        headers: { 'Idempotency-Key': newKey() },
      },
    );
    expect(response.status).toBe(201);
  });

  it('inside the free window the estimate refunds everything, no fee', async () => {
    const order = pickOrder(
      api,
      'unfulfilled',
      (o) => inFreeWindow(o) && o.items.some((i) => i.kind === 'personalized'),
    );
    const { request } = await createRefundRequest({
      orderId: order.id,
      body: { reason: 'changed_mind' },
      idempotencyKey: newKey(),
    });
    const estimate = asEstimate(request.estimate);
    expect(estimate.rule).toBe('free_window');
    expect(estimate.totalCents).toBe(order.totalCents);
    expect(estimate.lines.every((l) => l.feeCents === 0 && l.refundCents === l.paidCents)).toBe(true);
  });

  it('in_production with a personalized item: that line carries feeCents = paid - floor(paid/2); the rest in full', async () => {
    const order = pickOrder(
      api,
      'in_production',
      (o) =>
        !hasPendingRefund(o) &&
        o.items.some((i) => i.kind === 'personalized') &&
        o.items.some((i) => i.kind === 'standard'),
    );
    const { request } = await createRefundRequest({
      orderId: order.id,
      body: { reason: 'changed_mind' },
      idempotencyKey: newKey(),
    });
    const estimate = asEstimate(request.estimate);
    expect(estimate.rule).toBe('in_production');

    let expectedTotal = order.shippingCents;
    for (const item of order.items) {
      const line = estimate.lines.find((l) => l.itemId === item.id);
      const paid = item.unitPriceCents * item.quantity;
      const fee = item.kind === 'personalized' ? paid - Math.floor(paid / 2) : 0;
      expect(line, item.id).toEqual({
        itemId: item.id,
        name: item.name,
        quantity: item.quantity,
        paidCents: paid,
        feeCents: fee,
        refundCents: paid - fee,
      });
      expectedTotal += paid - fee;
    }
    expect(estimate.lines).toHaveLength(order.items.length);
    expect(estimate.shippingCents).toBe(order.shippingCents);
    expect(estimate.totalCents).toBe(expectedTotal);
    expect(estimate.lines.some((l) => l.feeCents > 0)).toBe(true);
  });

  it('an odd-cent personalized line: the fee takes the extra cent (5999 → fee 3000, refund 2999)', async () => {
    const order = pickOrder(
      api,
      'in_production',
      (o) => !hasPendingRefund(o) && o.items.some((i) => i.productId === 'prd_photo_watch' && i.quantity === 1),
    );
    const { request } = await createRefundRequest({
      orderId: order.id,
      body: { reason: 'changed_mind' },
      idempotencyKey: newKey(),
    });
    const watch = order.items.find((i) => i.productId === 'prd_photo_watch' && i.quantity === 1);
    const line = asEstimate(request.estimate).lines.find((l) => l.itemId === watch?.id);
    expect(line).toMatchObject({ paidCents: 5999, feeCents: 3000, refundCents: 2999 });
  });

  it('a request for some items only: estimate lines for those items, shipping not refunded', async () => {
    const order = pickOrder(api, 'in_production', (o) => !hasPendingRefund(o) && o.items.length >= 2);
    const first = order.items[0];
    const { request } = await createRefundRequest({
      orderId: order.id,
      body: { reason: 'damaged', itemIds: [first?.id ?? ''] },
      idempotencyKey: newKey(),
    });
    const estimate = asEstimate(request.estimate);
    expect(request.itemIds).toEqual([first?.id]);
    expect(estimate.lines.map((l) => l.itemId)).toEqual([first?.id]);
    expect(estimate.shippingCents).toBe(0);
    expect(estimate.totalCents).toBe(estimate.lines[0]?.refundCents);
  });

  it('shipped: 201 with a review under the return policy, no amounts', async () => {
    const order = pickOrder(api, 'shipped', (o) => !hasPendingRefund(o));
    const { request } = await createRefundRequest({
      orderId: order.id,
      body: { reason: 'not_received' },
      idempotencyKey: newKey(),
    });
    expect(request.estimate).toMatchObject({ kind: 'review', rule: 'return_policy' });
  });

  it('a second request with a NEW key → 409 refund_already_requested; still one request', async () => {
    const order = pickOrder(api, 'in_production', (o) => !hasPendingRefund(o));
    await createRefundRequest({ orderId: order.id, body: { reason: 'changed_mind' }, idempotencyKey: newKey() });
    const error = await apiError(
      createRefundRequest({ orderId: order.id, body: { reason: 'changed_mind' }, idempotencyKey: newKey() }),
    );
    expect(error.status).toBe(409);
    expect(error.code).toBe('refund_already_requested');
    expect((await fetchOrder(order.id)).refundRequests).toHaveLength(1);
  });

  it('a seeded order with a pending request → 409 refund_already_requested', async () => {
    const order = pickOrder(api, 'shipped', hasPendingRefund);
    const error = await apiError(
      createRefundRequest({ orderId: order.id, body: { reason: 'damaged' }, idempotencyKey: newKey() }),
    );
    expect(error.code).toBe('refund_already_requested');
  });

  it('the SAME body twice with the SAME key → the same request both times, one request on the order', async () => {
    const order = pickOrder(api, 'fulfilled', (o) => !hasPendingRefund(o));
    const input = {
      orderId: order.id,
      body: { reason: 'damaged' as const, note: 'Cracked' },
      idempotencyKey: newKey(),
    };
    const first = await createRefundRequest(input);
    clock.advance(5_000);
    const second = await createRefundRequest(input);

    expect(second.request.id).toBe(first.request.id);
    expect(second).toEqual(first);
    const stored = await fetchOrder(order.id);
    expect(stored.refundRequests).toHaveLength(1);
    expect(stored.refundRequests[0]?.id).toBe(first.request.id);
    expect(stored.version).toBe(order.version + 1);
  });

  it('the same key on two different orders makes two requests', async () => {
    const key = newKey();
    const a = pickOrder(api, 'fulfilled', (o) => !hasPendingRefund(o));
    const b = pickOrder(api, 'in_production', (o) => !hasPendingRefund(o));
    const first = await createRefundRequest({ orderId: a.id, body: { reason: 'damaged' }, idempotencyKey: key });
    const second = await createRefundRequest({ orderId: b.id, body: { reason: 'damaged' }, idempotencyKey: key });
    expect(first.order.id).toBe(a.id);
    expect(second.order.id).toBe(b.id);
  });

  it('an unpaid order → 422 refund_not_allowed, unchanged', async () => {
    const order = pickOrder(api, 'unpaid');
    const error = await apiError(
      createRefundRequest({ orderId: order.id, body: { reason: 'changed_mind' }, idempotencyKey: newKey() }),
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe('refund_not_allowed');
    expect(error.message).not.toBe('');
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('a cancelled order → 422 refund_not_allowed', async () => {
    const order = pickOrder(api, 'cancelled');
    const error = await apiError(
      createRefundRequest({ orderId: order.id, body: { reason: 'changed_mind' }, idempotencyKey: newKey() }),
    );
    expect(error.code).toBe('refund_not_allowed');
  });

  it('no Idempotency-Key header (raw) → 400, nothing recorded', async () => {
    const order = pickOrder(api, 'fulfilled', (o) => !hasPendingRefund(o));
    const response = await raw('POST', `/orders/${order.id}/refund-requests`, { json: { reason: 'damaged' } });
    expect(response.status).toBe(400);
    expect(errorBody(response).code).toBe('bad_request');
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it("reason 'other' without a note (or a blank one) → 422 validation naming note", async () => {
    const order = pickOrder(api, 'fulfilled', (o) => !hasPendingRefund(o));
    for (const note of [undefined, '   ']) {
      const error = await apiError(
        createRefundRequest({
          orderId: order.id,
          body: note === undefined ? { reason: 'other' } : { reason: 'other', note },
          idempotencyKey: newKey(),
        }),
      );
      expect(error.status).toBe(422);
      expect(error.code).toBe('validation');
      expect(error.issues.map((i) => i.path)).toEqual(['note']);
    }
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  // The client makes one key per dialog ("a retry or a double click sends the same key"). A request
  // refused for a missing note must not use the key up: once the merchant adds the note and confirms
  // again in the same dialog, the request goes through (validation failures are not stored results).
  it("after a 422 for a missing note, the same dialog's key with the note added → 201", async () => {
    const order = pickOrder(api, 'fulfilled', (o) => !hasPendingRefund(o));
    const key = newKey();
    const refused = await apiError(
      createRefundRequest({ orderId: order.id, body: { reason: 'other' }, idempotencyKey: key }),
    );
    expect(refused.code).toBe('validation');

    const { request } = await createRefundRequest({
      orderId: order.id,
      body: { reason: 'other', note: 'Customer asked' },
      idempotencyKey: key,
    });
    expect(request.note).toBe('Customer asked');
    expect((await fetchOrder(order.id)).refundRequests).toHaveLength(1);
  });

  it('an item id not on the order → 422 validation naming itemIds.0', async () => {
    const order = pickOrder(api, 'fulfilled', (o) => !hasPendingRefund(o));
    const error = await apiError(
      createRefundRequest({
        orderId: order.id,
        body: { reason: 'damaged', itemIds: ['itm_elsewhere'] },
        idempotencyKey: newKey(),
      }),
    );
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.path)).toEqual(['itemIds.0']);
  });

  it('an unknown reason or an extra field (raw) → 422 validation; a non-JSON body → 400', async () => {
    const order = pickOrder(api, 'fulfilled', (o) => !hasPendingRefund(o));
    const path = `/orders/${order.id}/refund-requests`;
    const headers = { 'Idempotency-Key': newKey() };

    const reason = await raw('POST', path, { json: { reason: 'bored' }, headers });
    expect(reason.status).toBe(422);
    expect(issuePaths(validationIssues(reason))).toContain('reason');

    const extra = await raw('POST', path, { json: { reason: 'damaged', amountCents: 100 }, headers });
    expect(extra.status).toBe(422);
    expect(errorBody(extra).code).toBe('validation');

    const text = await raw('POST', path, { text: 'reason=damaged', headers });
    expect(text.status).toBe(400);
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('an unknown order → 404 not_found', async () => {
    const error = await apiError(
      createRefundRequest({ orderId: 'ord_missing', body: { reason: 'damaged' }, idempotencyKey: newKey() }),
    );
    expect(error.status).toBe(404);
    expect(error.code).toBe('not_found');
  });
});
