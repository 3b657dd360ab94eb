import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orderResponseSchema } from '../contract';
import { request } from '../http-client';
import { refreshRefusedOrder, syncOrder } from './sync-order';

export function cancelOrder(id: string) {
  return request(`/orders/${encodeURIComponent(id)}/cancel`, orderResponseSchema, { method: 'POST' });
}

export function useCancelOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelOrder,
    onSuccess: (order) => syncOrder(queryClient, order),
    onError: (error, id) => refreshRefusedOrder(queryClient, error, id),
  });
}
