import type { QueryClient } from '@tanstack/react-query';
import type { Order } from '@/domain';
import { orderKeys } from '../query-keys';

/** After a write: the order's page shows the server's copy at once, and every list refetches. */
export async function syncOrder(queryClient: QueryClient, order: Order) {
  queryClient.setQueryData(orderKeys.detail(order.id), order);
  await queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
}
