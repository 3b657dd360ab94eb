import { queryOptions } from '@tanstack/react-query';
import { orderIdsResponseSchema, type OrderIdsParams } from '../contract';
import { request } from '../http-client';
import { orderKeys } from '../query-keys';

export function fetchOrderIds(params: OrderIdsParams, signal?: AbortSignal) {
  return request('/orders/ids', orderIdsResponseSchema, { query: params, signal });
}

/** Every id matching a filter, for "Select all N matching orders"; fetched on demand. */
export function orderIdsQueryOptions(params: OrderIdsParams) {
  return queryOptions({
    queryKey: orderKeys.ids(params),
    queryFn: ({ signal }) => fetchOrderIds(params, signal),
    staleTime: 0,
  });
}
