import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { orderListResponseSchema, type OrderListParams } from '../contract';
import { request } from '../http-client';
import { orderKeys } from '../query-keys';

export function fetchOrders(params: OrderListParams, signal?: AbortSignal) {
  return request('/orders', orderListResponseSchema, { query: params, signal });
}

export function ordersQueryOptions(params: OrderListParams) {
  return queryOptions({
    queryKey: orderKeys.list(params),
    queryFn: ({ signal }) => fetchOrders(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrders(params: OrderListParams) {
  return useQuery(ordersQueryOptions(params));
}
