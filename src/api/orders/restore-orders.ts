import { restoreResponseSchema } from '../contract';
import { request } from '../http-client';

export function restoreOrders(ids: readonly string[]) {
  return request('/orders/restore', restoreResponseSchema, { method: 'POST', body: { ids } });
}
