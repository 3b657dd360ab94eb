import { WRITE_HEADER } from '@/api/contract';
import { expect } from 'vitest';
import { ApiError } from '@/api/api-error';
import { apiErrorBodySchema, validationErrorSchema, type OrderListParams } from '@/api/contract';
import { foldText, type Order, type OrderStatus } from '@/domain';
import { ordersOf } from '../../support/orders';
import type { TestApi } from '../../support/test-api';

/** Shared set-up for the API contract tests: real HTTP through MSW, a fresh seeded backend per test. */

export { ANCHOR, createClock, setUpApi, type TestApi } from '../../support/test-api';
export { hasPendingRefund, pickOrder } from '../../support/orders';

export const SEED_ORDERS = 200;
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export function listParams(overrides: Partial<OrderListParams> = {}): OrderListParams {
  return { status: 'all', q: '', sort: '-createdAt', page: 1, pageSize: 25, ...overrides };
}

/** Every order the backend holds (newest first), read straight from it, for picking test subjects. */
export function allOrders(api: TestApi, status: OrderListParams['status'] = 'all'): Order[] {
  return ordersOf(api.backend, status);
}

export function pickOrders(api: TestApi, status: OrderStatus, count: number): Order[] {
  const orders = allOrders(api, status).slice(0, count);
  if (orders.length < count) throw new Error(`The seed has fewer than ${count} ${status} orders`);
  return orders;
}

/** The ApiError a request failed with; fails the test when it succeeded or threw something else. */
export async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  let result: unknown;
  try {
    result = await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  return expect.unreachable(
    `Expected an ApiError, but the request succeeded with ${JSON.stringify(result).slice(0, 200)}`,
  );
}

export interface RawResponse {
  status: number;
  contentType: string;
  body: unknown;
}

/** A request the client would never send (malformed, locked fields, no Idempotency-Key). */
export async function raw(
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  options: { json?: unknown; text?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const hasBody = options.json !== undefined || options.text !== undefined;
  const response = await fetch(`/api${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(method === 'GET' ? {} : { [WRITE_HEADER.name]: WRITE_HEADER.value }),
      ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.text ?? (options.json === undefined ? undefined : JSON.stringify(options.json)),
  });
  const contentType = response.headers.get('content-type') ?? '';
  const body: unknown = contentType.includes('json') ? await response.json() : await response.text();
  return { status: response.status, contentType, body };
}

/** The `{ code, message, ...details }` error body, checked against the contract. */
export function errorBody(response: RawResponse) {
  const parsed = apiErrorBodySchema.safeParse(response.body);
  if (!parsed.success) return expect.unreachable(`Not an API error body: ${JSON.stringify(response.body)}`);
  expect(parsed.data.message.trim()).not.toBe('');
  return parsed.data;
}

export function validationIssues(response: RawResponse) {
  const parsed = validationErrorSchema.safeParse(response.body);
  if (!parsed.success) return expect.unreachable(`Not a validation error body: ${JSON.stringify(response.body)}`);
  expect(parsed.data.code).toBe('validation');
  return parsed.data.issues;
}

export const issuePaths = (issues: readonly { path: string }[]) => issues.map((issue) => issue.path);

/** Accents and case ignored, as the search promises. */
export const fold = foldText;

export { validDraft } from '../../support/drafts';
