import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../api-error';
import { refundRequestResponseSchema, type RefundRequestBody } from '../contract';
import { request } from '../http-client';
import { refreshRefusedOrder, syncOrder } from './sync-order';

export interface RefundRequestInput {
  orderId: string;
  body: RefundRequestBody;
  /** Made once per dialog: a retry or a double click sends the same key, so support gets one request. */
  idempotencyKey: string;
}

export function createRefundRequest({ orderId, body, idempotencyKey }: RefundRequestInput) {
  return request(`/orders/${encodeURIComponent(orderId)}/refund-requests`, refundRequestResponseSchema, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function useCreateRefundRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRefundRequest,
    // Idempotent by its key, so a timeout may be retried safely.
    retry: (failures, error) => failures < 2 && isApiError(error) && error.isNetwork,
    onSuccess: ({ order }) => syncOrder(queryClient, order),
    onError: (error, { orderId }) => refreshRefusedOrder(queryClient, error, orderId),
  });
}
