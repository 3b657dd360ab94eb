import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orderResponseSchema } from '../contract';
import { isApiError } from '../api-error';
import { request } from '../http-client';
import { orderKeys } from '../query-keys';
import { syncOrder } from './sync-order';

export function cancelOrder(id: string) {
  return request(`/orders/${encodeURIComponent(id)}/cancel`, orderResponseSchema, { method: 'POST' });
}

export function useCancelOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelOrder,
    onSuccess: (order) => syncOrder(queryClient, order),
    onError: (error, id) => {
      // Refused because the order moved on (cancelled elsewhere, in production): show it as it is now.
      if (isApiError(error) && error.status >= 400 && error.status < 500) {
        void queryClient.invalidateQueries({ queryKey: orderKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
      }
    },
  });
}
