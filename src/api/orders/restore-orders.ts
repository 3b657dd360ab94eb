import { useMutation, useQueryClient } from '@tanstack/react-query';
import { restoreResponseSchema } from '../contract';
import { request } from '../http-client';
import { orderKeys } from '../query-keys';

export function restoreOrders(ids: readonly string[]) {
  return request('/orders/restore', restoreResponseSchema, { method: 'POST', body: { ids } });
}

export function useRestoreOrders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: readonly string[]) => restoreOrders(ids),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: orderKeys.all });
    },
  });
}
