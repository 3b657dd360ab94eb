import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrderDraft } from '@/domain';
import { createOrderBodySchema, orderResponseSchema } from '../contract';
import { request } from '../http-client';
import { syncOrder } from './sync-order';

export function createOrder(draft: OrderDraft) {
  return request('/orders', orderResponseSchema, { method: 'POST', body: createOrderBodySchema.parse(draft) });
}

export function useCreateOrder() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createOrder, onSuccess: (order) => syncOrder(queryClient, order) });
}
