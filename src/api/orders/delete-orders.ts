import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteDecision, type Order } from '@/domain';
import { bulkDeleteResponseSchema, type OrderListResponse } from '../contract';
import { request } from '../http-client';
import { orderKeys } from '../query-keys';
import { dropListsOffScreen } from './sync-order';

export function deleteOrders(ids: readonly string[]) {
  return request('/orders/bulk-delete', bulkDeleteResponseSchema, { method: 'POST', body: { ids } });
}

type ListSnapshot = [readonly unknown[], OrderListResponse | undefined][];

/** Rows leave every cached page at once; they come back if the request fails. */
export function useDeleteOrders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: readonly string[]) => deleteOrders(ids),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: orderKeys.lists() });
      const snapshot: ListSnapshot = queryClient.getQueriesData<OrderListResponse>({ queryKey: orderKeys.lists() });
      const gone = new Set(ids);
      const deletable = (order: Order) => gone.has(order.id) && deleteDecision(order).allowed;
      queryClient.setQueriesData<OrderListResponse>({ queryKey: orderKeys.lists() }, (list) => {
        if (!list) return list;
        const removed = list.items.filter(deletable).length;
        return {
          ...list,
          items: list.items.filter((order) => !deletable(order)),
          total: Math.max(0, list.total - removed),
        };
      });
      return { snapshot };
    },
    onError: (_error, _ids, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: (_data, _error, ids) => {
      for (const id of ids) queryClient.removeQueries({ queryKey: orderKeys.detail(id), exact: true });
      // Not awaited (the rule in sync-order.ts): the rows left already; the list refreshes behind the notice.
      dropListsOffScreen(queryClient);
      void queryClient.invalidateQueries({ queryKey: orderKeys.all });
    },
  });
}
