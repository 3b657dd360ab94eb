import { expect } from 'vitest';
import type { z } from 'zod/mini';
import { apiErrorBodySchema, type OrderListParams, orderListResponseSchema, orderResponseSchema } from '@/api/contract';
import type { Order, OrderStatus } from '@/domain';
import { BASE_URL, CREDENTIALS, sendRequest } from './target';

let session: string | null = null;

/** Signs in and answers the session cookie (name=value) the answer set, or null when it set none. */
export async function signIn(
  credentials: { email: string; password: string },
  headers: Record<string, string> = {},
): Promise<{ answer: Answer; cookie: string | null }> {
  const answer = await call('POST', '/session', { json: credentials, headers, cookie: null });
  const set = answer.headers.getSetCookie().find((line) => line.startsWith('orderdesk_session='));
  const cookie = set?.split(';')[0] ?? null;
  return { answer, cookie: cookie && cookie !== 'orderdesk_session=' ? cookie : null };
}

/** The suite's own session, made once: every request carries it unless told otherwise. */
export async function signInForSuite(): Promise<void> {
  const { answer, cookie } = await signIn(CREDENTIALS);
  if (answer.status !== 200 || !cookie) {
    throw new Error(
      `The contract suite could not sign in as ${CREDENTIALS.email}: ${answer.status} ${JSON.stringify(answer.body)}`,
    );
  }
  session = cookie;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';

/** One request as any client could send it: `json` is sent as JSON, `text` as it is. */
export async function call(
  method: Method,
  path: string,
  options: {
    json?: unknown;
    text?: string;
    headers?: Record<string, string>;
    /** The Cookie header: the suite's session by default; null sends none. */
    cookie?: string | null;
  } = {},
): Promise<Answer> {
  const hasBody = options.json !== undefined || options.text !== undefined;
  const cookie = options.cookie === undefined ? session : options.cookie;
  const response = await sendRequest(`${BASE_URL}/api${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      'X-Requested-With': 'orderdesk',
      ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
      ...(cookie ? { Cookie: cookie } : {}),
      ...options.headers,
    },
    body: options.text ?? (options.json === undefined ? undefined : JSON.stringify(options.json)),
  });
  const type = response.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await response.json() : await response.text();
  return { status: response.status, headers: response.headers, body };
}

/** The answer's body, checked against the contract's schema, after checking its status. */
export function expectBody<S extends z.ZodMiniType>(answer: Answer, status: number, schema: S): z.infer<S> {
  expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(status);
  const parsed = schema.safeParse(answer.body);
  if (!parsed.success) return expect.unreachable(`Not the contract's shape: ${parsed.error.message.slice(0, 500)}`);
  return parsed.data;
}

/** An error answer: the status, the contract's `{ code, message }` with a message a person can read. */
export function expectError(answer: Answer, status: number, code: string) {
  expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(status);
  const body = expectBody(answer, status, apiErrorBodySchema);
  expect(body.code).toBe(code);
  expect(body.message.trim().length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toMatch(/\bat .+:\d+:\d+\)?/);
  return body;
}

export function query(params: Partial<OrderListParams> | Record<string, string | number | undefined>): string {
  const search = new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)]));
  return search.toString();
}

export async function listOrders(params: Partial<OrderListParams> = {}) {
  return expectBody(await call('GET', `/orders?${query(params)}`), 200, orderListResponseSchema);
}

export async function getOrder(id: string): Promise<Order> {
  return expectBody(await call('GET', `/orders/${encodeURIComponent(id)}`), 200, orderResponseSchema);
}

/** Orders this run has used: each test takes orders no other test touched. */
const taken = new Set<string>();

/** A current order of that status that passes the test and no other test has taken; the newest first. */
export async function takeOrder(status: OrderStatus, test: (order: Order) => boolean = () => true): Promise<Order> {
  for (let page = 1; page <= 40; page += 1) {
    const { items } = await listOrders({ status, page, pageSize: 250 });
    const order = items.find((candidate) => !taken.has(candidate.id) && test(candidate));
    if (order) {
      taken.add(order.id);
      return order;
    }
    if (items.length < 250) break;
  }
  return expect.unreachable(`The backend has no untaken ${status} order for this test`);
}
