import { queryOptions, useQuery } from '@tanstack/react-query';
import { productListResponseSchema } from '../contract';
import { request } from '../http-client';
import { productKeys } from '../query-keys';

export function fetchProducts(signal?: AbortSignal) {
  return request('/products', productListResponseSchema, { signal });
}

export function productsQueryOptions() {
  return queryOptions({
    queryKey: productKeys.all,
    queryFn: ({ signal }) => fetchProducts(signal),
    staleTime: 5 * 60_000,
    select: (data) => data.items,
  });
}

export function useProducts() {
  return useQuery(productsQueryOptions());
}
