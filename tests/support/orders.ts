import type { OrderListParams, OrderListResponse } from '@/api/contract';
import type { Order, OrderStatus } from '@/domain';

/** Test subjects, read straight from the backend the test runs against. */
interface Backend {
  list: (params: OrderListParams) => OrderListResponse;
}

export const hasPendingRefund = (order: Order) => order.refundRequests.some((r) => r.status === 'pending');

/** A test on orders that also requires no pending refund request (which locks most actions). */
export const withoutPendingRefund =
  (test: (order: Order) => boolean = () => true) =>
  (order: Order) =>
    !hasPendingRefund(order) && test(order);

/** Every order the backend holds with this status (or all), newest first. */
export function ordersOf(backend: Backend, status: OrderListParams['status'] = 'all'): Order[] {
  const orders: Order[] = [];
  for (let page = 1; ; page += 1) {
    const result = backend.list({ status, q: '', sort: '-createdAt', page, pageSize: 250 });
    orders.push(...result.items);
    if (orders.length >= result.total || result.items.length === 0) return orders;
  }
}

/** The newest order that has the status and passes the test; fails the test when there is none. */
export function pickOrder(
  api: { backend: Backend },
  status: OrderStatus,
  test: (order: Order) => boolean = () => true,
): Order {
  const order = ordersOf(api.backend, status).find(test);
  if (!order) throw new Error(`The seed has no ${status} order matching the test`);
  return order;
}

/** Shipping that may change freely on a paid order: a US address, no P.O. Box, nothing Express refuses. */
export const freelyShippable = (order: Order) =>
  order.shippingAddress.country === 'US' &&
  !/box/i.test(order.shippingAddress.line1) &&
  order.items.every((item) => !item.restricted);

/** A paid order before production whose shipping may change (and that passes `test`). */
export const editablePaidOrder = (api: { backend: Backend }, test: (order: Order) => boolean = () => true) =>
  pickOrder(
    api,
    'unfulfilled',
    withoutPendingRefund((order) => freelyShippable(order) && test(order)),
  );
