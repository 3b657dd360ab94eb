import { cancelWindow } from './cancel-window';
import { ORDER_STATUSES, type Order, type OrderStatus } from './model';
import { pendingRefundRequest } from './status';

export type Decision = { allowed: true } | { allowed: false; reason: string };
export const ORDER_ACTIONS = ['edit', 'delete', 'cancel', 'refund'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];
export type AllowedActions = Record<OrderAction, Decision>;

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

export const REASONS = {
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
} as const;

export function deleteDecision(order: Pick<Order, 'status'>): Decision {
  if (order.status === 'unpaid') return ALLOW;
  if (order.status === 'cancelled') return deny(REASONS.deleteCancelled);
  return deny(REASONS.deletePaid);
}

/** The statuses `deleteDecision` allows, for a store that deletes by status in one pass. */
export const DELETABLE_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter(
  (status) => deleteDecision({ status }).allowed,
);

function cancelDecision(order: Pick<Order, 'status' | 'paidAt'>, now: Date): Decision {
  switch (order.status) {
    case 'unpaid':
      return deny(REASONS.cancelUnpaid);
    case 'unfulfilled':
      return cancelWindow(order, now).open ? ALLOW : deny(REASONS.cancelWindowClosed);
    case 'in_production':
    case 'fulfilled':
      return deny(REASONS.cancelInProduction);
    case 'shipped':
      return deny(REASONS.cancelShipped);
    case 'cancelled':
      return deny(REASONS.cancelCancelled);
  }
}

function refundDecision(order: Pick<Order, 'status' | 'refundRequests'>): Decision {
  if (order.status === 'unpaid') return deny(REASONS.refundUnpaid);
  if (order.status === 'cancelled') return deny(REASONS.refundCancelled);
  if (pendingRefundRequest(order)) return deny(REASONS.refundPending);
  return ALLOW;
}

export function allowedActions(order: Pick<Order, 'status' | 'paidAt' | 'refundRequests'>, now: Date): AllowedActions {
  return {
    edit: ALLOW,
    delete: deleteDecision(order),
    cancel: cancelDecision(order, now),
    refund: refundDecision(order),
  };
}
