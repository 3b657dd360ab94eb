import type { OrdersApi } from '@/backend/endpoints';
import type { RequestContext } from '@/backend/orders-service';
import type { SessionApi } from '@/backend/session-endpoints';

/** The orders operations, each told first who is asking (so its writes can say so). */
export type ContextualOrdersApi = {
  [K in keyof OrdersApi]: (context: RequestContext, ...args: Parameters<OrdersApi[K]>) => ReturnType<OrdersApi[K]>;
};

export const ORDER_METHODS = [
  'list',
  'ids',
  'get',
  'trail',
  'products',
  'create',
  'patch',
  'bulkDelete',
  'restore',
  'cancel',
  'requestRefund',
] as const satisfies readonly (keyof OrdersApi)[];

/**
 * What the HTTP handlers need from the demo backend: the backend itself (tests, in Node) or a proxy
 * to it in a Web Worker (the browser). The orders operations, sign-in, and "Reset demo data".
 */
export type BackendApi = ContextualOrdersApi & SessionApi & { reset(seedCount?: number): Promise<number> | number };

export type BackendMethod = keyof BackendApi;

/** The orders API as one request sees it: every call carries that request's context. */
export function ordersFor(backend: BackendApi, context: RequestContext): OrdersApi {
  return Object.fromEntries(
    ORDER_METHODS.map((method) => [
      method,
      (...args: unknown[]) => (backend[method] as (...a: unknown[]) => unknown)(context, ...args),
    ]),
  ) as unknown as OrdersApi;
}
