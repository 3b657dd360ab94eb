import { queryOptions, useQuery } from '@tanstack/react-query';
import { activityResponseSchema } from '../contract';
import { request } from '../http-client';
import { orderKeys } from '../query-keys';

export function fetchOrderActivity(id: string, signal?: AbortSignal) {
  return request(`/orders/${encodeURIComponent(id)}/activity`, activityResponseSchema, { signal });
}

/** The order's trail, newest first. Every write the dashboard makes refreshes it (sync-order.ts). */
export function orderActivityQueryOptions(id: string) {
  return queryOptions({
    queryKey: orderKeys.activity(id),
    queryFn: ({ signal }) => fetchOrderActivity(id, signal),
    select: (data) => data.items,
  });
}

export function useOrderActivity(id: string) {
  return useQuery(orderActivityQueryOptions(id));
}
