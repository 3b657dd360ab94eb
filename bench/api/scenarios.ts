import type { Order, OrderStatus } from '@/domain';
import type { OrderListParams } from '@/api/contract';
import type { LoadRequest } from './load';

/** One kind of request the benchmark drives, and what it asks the store for (to time in the database). */
export interface ReadScenario {
  name: string;
  label: string;
  kind: 'list' | 'ids';
  params: Partial<OrderListParams>;
}

/** What the seeded store holds that the scenarios need: a customer to find, a tab to select. */
export interface StoreSample {
  customerName: string;
  code: string;
  emailFragment: string;
  largestTab: OrderStatus;
}

export function readScenarios(sample: StoreSample): ReadScenario[] {
  return [
    { name: 'first-page', label: 'first page, newest first', kind: 'list', params: {} },
    { name: 'status-tab', label: 'a status tab (Unfulfilled)', kind: 'list', params: { status: 'unfulfilled' } },
    { name: 'sort-total', label: 'sort by total', kind: 'list', params: { sort: '-totalCents' } },
    { name: 'sort-customer', label: 'sort by customer', kind: 'list', params: { sort: 'customer' } },
    {
      name: 'search-name',
      label: `search a name ("${sample.customerName}")`,
      kind: 'list',
      params: { q: sample.customerName },
    },
    { name: 'search-code', label: `search an order code ("${sample.code}")`, kind: 'list', params: { q: sample.code } },
    {
      name: 'search-email',
      label: `search an email fragment ("${sample.emailFragment}")`,
      kind: 'list',
      params: { q: sample.emailFragment },
    },
    { name: 'deep-page', label: 'page 2,000', kind: 'list', params: { page: 2000 } },
    { name: 'counts', label: 'status counts (a 1-row page)', kind: 'list', params: { pageSize: 1 } },
    {
      name: 'tab-ids',
      label: `ids of a whole tab (${sample.largestTab})`,
      kind: 'ids',
      params: { status: sample.largestTab },
    },
  ];
}

export function readRequest(scenario: ReadScenario): LoadRequest {
  const query = new URLSearchParams(Object.entries(scenario.params).map(([key, value]) => [key, String(value)]));
  const path = scenario.kind === 'ids' ? '/api/orders/ids' : '/api/orders';
  return { method: 'GET', path: `${path}${query.size > 0 ? `?${query}` : ''}` };
}

/** Edits that never collide: each takes the next order of the pool, at the version it was read. */
export function editRequests(orders: readonly Order[]): () => LoadRequest {
  const versions = new Map(orders.map((order) => [order.id, order.version]));
  let next = 0;
  return () => {
    const order = orders[next % orders.length]!;
    next += 1;
    const version = versions.get(order.id)!;
    versions.set(order.id, version + 1);
    const line2 = `Suite ${next}`;
    return {
      method: 'PATCH',
      path: `/api/orders/${order.id}`,
      body: JSON.stringify({ version, shippingAddress: { ...order.shippingAddress, line2 } }),
    };
  };
}

/** Refund requests, one per order of the pool (an order takes one pending request), each with its own key. */
export function refundRequests(orders: readonly Order[]): () => LoadRequest {
  let next = 0;
  return () => {
    const order = orders[next % orders.length]!;
    next += 1;
    return {
      method: 'POST',
      path: `/api/orders/${order.id}/refund-requests`,
      body: JSON.stringify({ reason: 'damaged', note: 'Arrived cracked' }),
      headers: { 'Idempotency-Key': `bench-${order.id}-${next}` },
    };
  };
}
