import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orderResponseSchema, type PatchOrderBody } from '../contract';
import { request } from '../http-client';
import { syncOrder } from './sync-order';

export interface UpdateOrderInput {
  id: string;
  body: PatchOrderBody;
}

export function updateOrder({ id, body }: UpdateOrderInput) {
  return request(`/orders/${encodeURIComponent(id)}`, orderResponseSchema, { method: 'PATCH', body });
}

export function useUpdateOrder() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateOrder, onSuccess: (order) => syncOrder(queryClient, order) });
}
