import type { OrderIdsParams, OrderListParams } from './contract';

/** Every cache key in one place, so a change invalidates exactly what it made stale. */
export const orderKeys = {
  all: ['orders'] as const,
  lists: () => [...orderKeys.all, 'list'] as const,
  list: (params: OrderListParams) => [...orderKeys.lists(), params] as const,
  ids: (params: OrderIdsParams) => [...orderKeys.all, 'ids', params] as const,
  details: () => [...orderKeys.all, 'detail'] as const,
  detail: (id: string) => [...orderKeys.details(), id] as const,
};

export const productKeys = {
  all: ['products'] as const,
};
