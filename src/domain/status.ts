import { ORDER_STATUSES, type Order, type OrderStatus, type RefundReason } from './model';

export const STATUS_LABELS: Record<OrderStatus, string> = {
  unpaid: 'Unpaid',
  unfulfilled: 'Paid · Unfulfilled',
  in_production: 'Paid · In production',
  fulfilled: 'Fulfilled',
  shipped: 'Shipped',
  cancelled: 'Cancelled',
};

/** Where a status stands in an order's life, unpaid first: sorting by status follows it. */
export const STATUS_RANK = Object.fromEntries(ORDER_STATUSES.map((status, rank) => [status, rank])) as Record<
  OrderStatus,
  number
>;

export function pendingRefundRequest(order: Pick<Order, 'refundRequests'>) {
  return order.refundRequests.find((request) => request.status === 'pending') ?? null;
}

export const REFUND_REASON_LABELS: Record<RefundReason, string> = {
  changed_mind: 'Customer changed their mind',
  wrong_address: 'Wrong address',
  damaged: 'Damaged or defective',
  not_received: 'Not received',
  duplicate: 'Duplicate order',
  cancellation: 'Cancellation',
  other: 'Other',
};
