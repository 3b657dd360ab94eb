import { queryOptions, useQuery } from '@tanstack/react-query';
import { orderResponseSchema } from '../contract';
import { request } from '../http-client';
import { orderKeys } from '../query-keys';

export function fetchOrder(id: string, signal?: AbortSignal) {
  return request(`/orders/${encodeURIComponent(id)}`, orderResponseSchema, { signal });
}

export function orderQueryOptions(id: string) {
  return queryOptions({ queryKey: orderKeys.detail(id), queryFn: ({ signal }) => fetchOrder(id, signal) });
}

export function useOrder(id: string) {
  return useQuery(orderQueryOptions(id));
}
