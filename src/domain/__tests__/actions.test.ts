import { describe, it, expect } from 'vitest';
import { ORDER_ACTIONS, REASONS, allowedActions, type Decision, type OrderAction } from '@/domain/actions';
import { ORDER_STATUSES, type OrderStatus, type RefundRequest } from '@/domain/model';
import { NOW, hours, isoAgo, makeOrder, makeRefundRequest, minutes } from './fixtures';

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

type Case = { label: string; status: OrderStatus; paidAt: string | null; expected: Record<OrderAction, Decision> };

const IN_WINDOW = isoAgo(minutes(30));
const AFTER_WINDOW = isoAgo(hours(3));

const CASES: Case[] = [
  {
    label: 'unpaid',
    status: 'unpaid',
    paidAt: null,
    expected: { edit: ALLOW, delete: ALLOW, cancel: deny(REASONS.cancelUnpaid), refund: deny(REASONS.refundUnpaid) },
  },
  {
    label: 'unfulfilled, paid 30 min ago',
    status: 'unfulfilled',
    paidAt: IN_WINDOW,
    expected: { edit: ALLOW, delete: deny(REASONS.deletePaid), cancel: ALLOW, refund: ALLOW },
  },
  {
    label: 'unfulfilled, paid 3 h ago',
    status: 'unfulfilled',
    paidAt: AFTER_WINDOW,
    expected: {
      edit: ALLOW,
      delete: deny(REASONS.deletePaid),
      cancel: deny(REASONS.cancelWindowClosed),
      refund: ALLOW,
    },
  },
  {
    label: 'in_production, paid 30 min ago',
    status: 'in_production',
    paidAt: IN_WINDOW,
    expected: {
      edit: ALLOW,
      delete: deny(REASONS.deletePaid),
      cancel: deny(REASONS.cancelInProduction),
      refund: ALLOW,
    },
  },
  {
    label: 'in_production, paid 3 h ago',
    status: 'in_production',
    paidAt: AFTER_WINDOW,
    expected: {
      edit: ALLOW,
      delete: deny(REASONS.deletePaid),
      cancel: deny(REASONS.cancelInProduction),
      refund: ALLOW,
    },
  },
  {
    label: 'fulfilled',
    status: 'fulfilled',
    paidAt: AFTER_WINDOW,
    expected: {
      edit: ALLOW,
      delete: deny(REASONS.deletePaid),
      cancel: deny(REASONS.cancelInProduction),
      refund: ALLOW,
    },
  },
  {
    label: 'shipped',
    status: 'shipped',
    paidAt: AFTER_WINDOW,
    expected: { edit: ALLOW, delete: deny(REASONS.deletePaid), cancel: deny(REASONS.cancelShipped), refund: ALLOW },
  },
  {
    label: 'cancelled',
    status: 'cancelled',
    paidAt: AFTER_WINDOW,
    expected: {
      edit: ALLOW,
      delete: deny(REASONS.deleteCancelled),
      cancel: deny(REASONS.cancelCancelled),
      refund: deny(REASONS.refundCancelled),
    },
  },
];

const rows: [string, OrderAction, Decision, Case][] = CASES.flatMap((c) =>
  ORDER_ACTIONS.map((action): [string, OrderAction, Decision, Case] => [c.label, action, c.expected[action], c]),
);

describe('allowedActions: status × action', () => {
  it('the table covers every status and every action', () => {
    expect(new Set(CASES.map((c) => c.status))).toEqual(new Set(ORDER_STATUSES));
    expect([...ORDER_ACTIONS]).toEqual(['edit', 'delete', 'cancel', 'refund']);
  });

  it.each(rows)('%s: %s → %j', (_label, action, expected, c) => {
    const order = makeOrder({ status: c.status, paidAt: c.paidAt });
    expect(allowedActions(order, NOW)[action]).toEqual(expected);
  });

  it('reason strings are the merchant-facing sentences', () => {
    expect(REASONS).toEqual({
      deletePaid: "Paid orders can't be deleted. Request a refund instead.",
      deleteOnlyUnpaid: 'Only unpaid orders can be deleted.',
      deleteCancelled: "Cancelled orders can't be deleted.",
      cancelUnpaid: 'Unpaid orders are deleted, not cancelled.',
      cancelWindowClosed: 'Free cancellation ends 2 hours after payment. Send a refund request to support instead.',
      cancelInProduction: 'Production has started, so cancelling goes through support. Send a refund request instead.',
      cancelShipped: "Shipped orders can't be cancelled.",
      cancelCancelled: 'This order is already cancelled.',
      refundUnpaid: 'Nothing was paid yet. Delete the order instead.',
      refundCancelled: 'This order was cancelled and refunded.',
      refundPending: 'A refund request is already with support',
    });
  });
});

describe('allowedActions: refund with earlier requests', () => {
  const PAID = ['unfulfilled', 'in_production', 'fulfilled', 'shipped'] as const;
  const pending = makeRefundRequest({ id: 'rr-pending', status: 'pending' });
  const approved = makeRefundRequest({ id: 'rr-approved', status: 'approved' });
  const declined = makeRefundRequest({ id: 'rr-declined', status: 'declined' });

  it.each(PAID)('%s with a pending request → denied', (status) => {
    const order = makeOrder({ status, refundRequests: [pending] });
    expect(allowedActions(order, NOW).refund).toEqual({
      allowed: false,
      reason: 'A refund request is already with support',
    });
  });

  const settled: [string, RefundRequest[]][] = [
    ['approved only', [approved]],
    ['declined only', [declined]],
    ['approved and declined', [approved, declined]],
  ];
  it.each(PAID.flatMap((status) => settled.map(([label, requests]) => [status, label, requests] as const)))(
    '%s with %s → allowed again',
    (status, _label, requests) => {
      const order = makeOrder({ status, refundRequests: [...requests] });
      expect(allowedActions(order, NOW).refund).toEqual({ allowed: true });
    },
  );

  it('a pending request among settled ones still blocks', () => {
    const order = makeOrder({ status: 'in_production', refundRequests: [declined, pending, approved] });
    expect(allowedActions(order, NOW).refund).toEqual(deny(REASONS.refundPending));
  });

  it.each([
    ['unpaid', REASONS.refundUnpaid],
    ['cancelled', REASONS.refundCancelled],
  ] as const)('%s with a pending request keeps its own reason', (status, reason) => {
    const order = makeOrder({ status, refundRequests: [pending] });
    expect(allowedActions(order, NOW).refund).toEqual(deny(reason));
  });
});

describe('allowedActions: the 2-hour cancel window edge', () => {
  it.each([
    ['1:59:59', hours(2) - 1000, ALLOW],
    ['1:59:59.999', hours(2) - 1, ALLOW],
    ['exactly 2:00:00', hours(2), deny(REASONS.cancelWindowClosed)],
    ['2:00:00.001', hours(2) + 1, deny(REASONS.cancelWindowClosed)],
  ] as const)('paid %s ago → %j', (_label, ago, expected) => {
    const order = makeOrder({ status: 'unfulfilled', paidAt: isoAgo(ago) });
    expect(allowedActions(order, NOW).cancel).toEqual(expected);
  });
});
