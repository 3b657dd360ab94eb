import type { QueryClient } from '@tanstack/react-query';
import type { Order } from '@/domain';
import { isApiError } from '../api-error';
import { orderKeys } from '../query-keys';

/*
 * The cache after a write, by one rule: a write that the cache does not show yet settles only once
 * the caches it made stale have refetched (its onSuccess returns the invalidation), so what the
 * merchant sees next is already right. A write the cache already shows (the optimistic delete), a
 * failed one and a rolled-back one refresh in the background, not awaited: the merchant hears the
 * outcome at once.
 */

/**
 * A list no page shows (the next page, fetched ahead; a page left earlier) is dropped after a
 * write rather than marked stale: shown later as it was, it would contradict the write.
 */
export function dropListsOffScreen(queryClient: QueryClient): void {
  queryClient.removeQueries({ queryKey: orderKeys.lists(), type: 'inactive' });
}

/** After a write: the lists on screen refetch, the others are dropped. */
export function refreshLists(queryClient: QueryClient): Promise<void> {
  dropListsOffScreen(queryClient);
  return queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
}

/** After a write: the order's page shows the server's copy at once; every list and the order's trail refetch. */
export async function syncOrder(queryClient: QueryClient, order: Order) {
  queryClient.setQueryData(orderKeys.detail(order.id), order);
  await Promise.all([
    refreshLists(queryClient),
    queryClient.invalidateQueries({ queryKey: orderKeys.activity(order.id) }),
  ]);
}

/**
 * A write refused with a 4xx (the order moved on: cancelled elsewhere, in production, a request
 * from elsewhere): show the order (its trail too: the key holds it) and the lists as they are now.
 */
export function refreshRefusedOrder(queryClient: QueryClient, error: unknown, orderId: string): void {
  if (!isApiError(error) || error.status < 400 || error.status >= 500) return;
  void queryClient.invalidateQueries({ queryKey: orderKeys.detail(orderId) });
  void refreshLists(queryClient);
}
