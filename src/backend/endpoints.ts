import type { z } from 'zod/mini';
import {
  activityResponseSchema,
  bulkDeleteResponseSchema,
  createOrderBodySchema,
  idsBodySchema,
  orderIdsParamsSchema,
  orderIdsResponseSchema,
  orderListParamsSchema,
  orderListResponseSchema,
  orderResponseSchema,
  patchOrderBodySchema,
  productListResponseSchema,
  refundRequestBodySchema,
  refundRequestResponseSchema,
  restoreResponseSchema,
  type ErrorCode,
  WRITE_HEADER,
} from '@/api/contract';
import { MESSAGES, type OrdersService } from './orders-service';
import { failure, parseInput, success, unstorableTextPaths, type Outcome } from './outcome';
import { queryOf, readJsonBody } from './request-input';

/** The operations an endpoint calls: the service itself, or (in the demo's browser) a proxy to it in a worker. */
export type OrdersApi = {
  [K in Exclude<keyof OrdersService, 'constructor'>]: OrdersService[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

interface CallInput<Q, B> {
  params: Record<string, string>;
  query: Q;
  body: B;
  headers: Headers;
}

export interface Endpoint<Q = unknown, B = unknown> {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** After /api, with :name for a path parameter. */
  path: string;
  summary: string;
  /** Whether it changes data (and so needs what a write needs). */
  write: boolean;
  query?: z.ZodMiniType<Q>;
  body?: z.ZodMiniType<B>;
  headers?: Record<string, string>;
  success: { status: 200 | 201; schema: z.ZodMiniType };
  errors: readonly ErrorCode[];
  call(api: OrdersApi, input: CallInput<Q, B>): Promise<Outcome<unknown>>;
}

const define = <Q = undefined, B = undefined>(endpoint: Endpoint<Q, B>) => endpoint as unknown as Endpoint;
const ok = async <T>(value: Promise<T>): Promise<Outcome<unknown>> => success(await value);

/**
 * Every endpoint of the orders API, once, for the demo (MSW), the server (Hono) and the OpenAPI
 * document: its input's schemas, its answers, and which operation answers it. Order matters:
 * /orders/ids before /orders/:id.
 */
export const ENDPOINTS: readonly Endpoint[] = [
  define({
    method: 'get',
    path: '/orders',
    summary: 'One page of orders: filtered by status and search, sorted, with counts per status',
    write: false,
    query: orderListParamsSchema,
    success: { status: 200, schema: orderListResponseSchema },
    errors: ['validation'],
    call: (api, { query }) => ok(api.list(query)),
  }),
  define({
    method: 'get',
    path: '/orders/ids',
    summary: 'Every order id matching a filter, newest first, for "select all N matching"',
    write: false,
    query: orderIdsParamsSchema,
    success: { status: 200, schema: orderIdsResponseSchema },
    errors: ['validation'],
    call: (api, { query }) => ok(api.ids(query)),
  }),
  define({
    method: 'post',
    path: '/orders/bulk-delete',
    summary: 'Deletes the unpaid orders among the ids; skips the others, saying why',
    write: true,
    body: idsBodySchema,
    success: { status: 200, schema: bulkDeleteResponseSchema },
    errors: ['forbidden', 'bad_request', 'payload_too_large', 'validation'],
    call: (api, { body }) => ok(api.bulkDelete(body.ids)),
  }),
  define({
    method: 'post',
    path: '/orders/restore',
    summary: 'Undoes a delete made in the last minute',
    write: true,
    body: idsBodySchema,
    success: { status: 200, schema: restoreResponseSchema },
    errors: ['forbidden', 'bad_request', 'payload_too_large', 'validation'],
    call: (api, { body }) => ok(api.restore(body.ids)),
  }),
  define({
    method: 'get',
    path: '/orders/:id',
    summary: 'One order',
    write: false,
    success: { status: 200, schema: orderResponseSchema },
    errors: ['not_found'],
    call: (api, { params }) => api.get(params.id ?? ''),
  }),
  define({
    method: 'post',
    path: '/orders',
    summary: 'Creates an order; it starts unpaid',
    write: true,
    body: createOrderBodySchema,
    success: { status: 201, schema: orderResponseSchema },
    errors: ['forbidden', 'bad_request', 'payload_too_large', 'validation', 'shipping_method_unavailable'],
    call: (api, { body }) => api.create(body),
  }),
  define({
    method: 'patch',
    path: '/orders/:id',
    summary: 'Changes an order; the body carries the version that was read',
    write: true,
    body: patchOrderBodySchema,
    success: { status: 200, schema: orderResponseSchema },
    errors: [
      'forbidden',
      'bad_request',
      'payload_too_large',
      'not_found',
      'version_conflict',
      'field_locked',
      'validation',
      'shipping_method_unavailable',
    ],
    call: (api, { params, body }) => api.patch(params.id ?? '', body),
  }),
  define({
    method: 'post',
    path: '/orders/:id/cancel',
    summary: 'Cancels a paid order for free within 2 hours of payment, before production',
    write: true,
    success: { status: 200, schema: orderResponseSchema },
    errors: ['forbidden', 'not_found', 'cancel_window_closed', 'not_cancellable'],
    call: (api, { params }) => api.cancel(params.id ?? ''),
  }),
  define({
    method: 'post',
    path: '/orders/:id/refund-requests',
    summary: 'Sends a refund request to support; a retry with the same Idempotency-Key gets the first answer',
    write: true,
    body: refundRequestBodySchema,
    headers: { 'Idempotency-Key': 'A key the client makes once per request it means to send' },
    success: { status: 201, schema: refundRequestResponseSchema },
    errors: [
      'forbidden',
      'bad_request',
      'payload_too_large',
      'not_found',
      'validation',
      'refund_already_requested',
      'refund_not_allowed',
    ],
    call: (api, { params, body, headers }) => api.requestRefund(params.id ?? '', body, headers.get('Idempotency-Key')),
  }),
  define({
    method: 'get',
    path: '/orders/:id/activity',
    summary: 'The order’s activity: who did what, and when, newest first',
    write: false,
    success: { status: 200, schema: activityResponseSchema },
    errors: ['not_found'],
    call: (api, { params }) => api.trail(params.id ?? ''),
  }),
  define({
    method: 'get',
    path: '/products',
    summary: 'The catalog, for the order form',
    write: false,
    success: { status: 200, schema: productListResponseSchema },
    errors: [],
    call: (api) => ok(api.products()),
  }),
];

export const noSuchEndpoint = (method: string, path: string): Outcome<never> =>
  failure(404, 'not_found', `There is no ${method} ${path} in the API`);

/**
 * A write must come from the dashboard's own origin: with the custom header (which a cross-site
 * form can't send) and, when the browser names its origin, that origin.
 */
export function crossSiteRefusal(request: Request): Outcome<never> | null {
  if (request.headers.get(WRITE_HEADER.name) !== WRITE_HEADER.value) {
    return failure(403, 'forbidden', `Writes need the header ${WRITE_HEADER.name}: ${WRITE_HEADER.value}`);
  }
  // Hosts, not origins: behind a proxy that ends TLS, the browser says https and the server sees http.
  const origin = request.headers.get('Origin');
  if (origin && hostOf(origin) !== new URL(request.url).host) {
    return failure(403, 'forbidden', 'Writes are accepted only from the dashboard’s own origin');
  }
  return null;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Reads and checks an endpoint's input, then calls its operation: invalid input never reaches it. */
export async function answer(
  endpoint: Endpoint,
  api: OrdersApi,
  request: Request,
  params: Record<string, string>,
): Promise<Outcome<unknown>> {
  // An id no order could have (a NUL, half an emoji) is simply not found, as any other.
  if (unstorableTextPaths(params).length > 0) return failure(404, 'not_found', MESSAGES.notFound);
  if (endpoint.write) {
    const refused = crossSiteRefusal(request);
    if (refused) return refused;
  }
  const query = endpoint.query ? parseInput(endpoint.query, queryOf(request)) : success(undefined);
  if (!query.ok) return query;
  const body = endpoint.body ? await readJsonBody(request, endpoint.body) : success(undefined);
  if (!body.ok) return body;
  return endpoint.call(api, { params, query: query.body, body: body.body, headers: request.headers });
}
