import type { OrderIdsParams, OrderListParams } from './contract';

/** Every cache key in one place, so a change invalidates exactly what it made stale. */
export const orderKeys = {
  all: ['orders'] as const,
  lists: () => [...orderKeys.all, 'list'] as const,
  list: (params: OrderListParams) => [...orderKeys.lists(), params] as const,
  ids: (params: OrderIdsParams) => [...orderKeys.all, 'ids', params] as const,
  details: () => [...orderKeys.all, 'detail'] as const,
  detail: (id: string) => [...orderKeys.details(), id] as const,
  /** Under the order's own key, so whatever refreshes the order refreshes its trail too. */
  activity: (id: string) => [...orderKeys.detail(id), 'activity'] as const,
};

export const productKeys = {
  all: ['products'] as const,
};

export const sessionKeys = {
  current: ['session'] as const,
};

/** Every cached answer but who is signed in: what a sign-in or sign-out refreshes or forgets. */
export const notTheSession = (query: { queryKey: readonly unknown[] }) => query.queryKey[0] !== sessionKeys.current[0];
