import { ERROR_STATUS, WRITE_HEADER } from '@/api/contract';
import { unstorableTextPaths } from '@/backend/outcome';
import fc from 'fast-check';
import { afterAll, beforeAll, expect } from 'vitest';
import type { z } from 'zod/mini';
import {
  apiErrorBodySchema,
  ERROR_CODES,
  fieldLockedErrorSchema,
  validationErrorSchema,
  versionConflictErrorSchema,
  type ErrorCode,
  type OrderListParams,
} from '@/api/contract';
import { COUNTRIES, orderSchema, US_STATES, type Order } from '@/domain';
import { CATALOG } from '@/backend/seed/catalog';
import { createTestApi } from '@mocks/node';
import { ANCHOR, signInAfresh } from '../../support/test-api';

export { ANCHOR };

/**
 * Shared machinery for the property-based API tests: a small seeded backend reset per run, a raw
 * request helper that remembers what the server could parse, the contract check every answer must
 * pass, the store's invariants, and the arbitraries for random and malformed bodies.
 */

export const PROPERTY_SEED_ORDERS = 60;
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

// ---------------------------------------------------------------------------------------------
// The backend

/** Whether a request was carried out (or failed) since the last reseed, and what was sent since. */
let dirty = true;
let sentSinceReset: string[] = [];
/** Signs the page in again when the backend is new or the test's clock has moved on since it last did. */
let keepSignedIn: () => Promise<void> = async () => undefined;

export function setUpPropertyApi() {
  const clock = {
    nowMs: ANCHOR,
    advance(ms: number) {
      clock.nowMs += ms;
    },
  };
  const api = createTestApi({
    seedOrders: PROPERTY_SEED_ORDERS,
    anchorMs: ANCHOR,
    now: () => new Date(clock.nowMs),
  });
  let pristine: Snapshot | null = null;
  // The tests move the clock by up to days, past a session's idle limit (12 hours): a merchant
  // calling the API then would have signed in again, and the orders' rules are what is tested.
  let session: { backend: unknown; atMs: number } | null = null;
  keepSignedIn = async () => {
    if (session?.backend === api.backend && clock.nowMs - session.atMs < HOUR) return;
    await signInAfresh(api);
    session = { backend: api.backend, atMs: clock.nowMs };
  };
  beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => api.server.close());
  /**
   * A fresh seeded backend and the clock back at the anchor: every run starts from the same state.
   * The reseed is skipped when every request since the last one was refused; the store must then
   * still be exactly the seed (a refused request changes nothing), which is checked here too.
   */
  function fresh() {
    clock.nowMs = ANCHOR;
    if (dirty || !pristine) {
      api.reset();
      pristine ??= new Snapshot(api.backend);
    } else {
      expectStore(api.backend, pristine, `refused requests changed the store: ${sentSinceReset.join(' | ')}`);
    }
    dirty = false;
    sentSinceReset = [];
  }
  return { api, clock, fresh };
}

export type PropertyApi = ReturnType<typeof setUpPropertyApi>['api'];
type Backend = PropertyApi['backend'];

function listParams(page: number): OrderListParams {
  return { status: 'all', q: '', sort: '-createdAt', page, pageSize: 250 };
}

/** Every order in the store, read page by page (250 a page) straight from the backend. */
export function storeOrders(backend: Backend): Order[] {
  const orders: Order[] = [];
  for (let page = 1; ; page += 1) {
    const result = backend.list(listParams(page));
    orders.push(...result.items);
    if (orders.length >= result.total || result.items.length === 0) return orders;
  }
}

/** Fails with the message unless the condition holds (cheaper than expect() in hot loops). */
export function ensure(condition: boolean, message: string): asserts condition {
  if (!condition) expect.unreachable(message);
}

/**
 * The store at one moment, each order serialized, so later states compare cheaply (and an order
 * changed in place would still show up).
 */
export class Snapshot {
  readonly json = new Map<string, string>();

  constructor(backend?: Backend) {
    if (backend) for (const order of storeOrders(backend)) this.json.set(order.id, JSON.stringify(order));
  }

  get size(): number {
    return this.json.size;
  }

  ids(): string[] {
    return [...this.json.keys()].sort();
  }

  has(id: string): boolean {
    return this.json.has(id);
  }

  order(id: string): Order | undefined {
    const json = this.json.get(id);
    return json === undefined ? undefined : (JSON.parse(json) as Order);
  }

  /** What the store is now expected to hold for this id. */
  set(id: string, order: Order): void {
    this.json.set(id, JSON.stringify(order));
  }

  delete(id: string): void {
    this.json.delete(id);
  }
}

export function snapshot(backend: Backend): Snapshot {
  return new Snapshot(backend);
}

/** The store holds exactly what the snapshot expects (fast path by serialized form, then a diff). */
export function expectStore(backend: Backend, expected: Snapshot, why: string): void {
  const now = new Snapshot(backend);
  let same = now.size === expected.size;
  if (same) for (const [id, json] of expected.json) if (now.json.get(id) !== json) same = false;
  if (same) return;
  expect(now.ids(), `${why}: the same orders`).toEqual(expected.ids());
  for (const id of expected.ids()) {
    if (now.json.get(id) !== expected.json.get(id)) expect(now.order(id), `${why}: ${id}`).toEqual(expected.order(id));
  }
}

const verified = new Set<string>();

/**
 * The invariants every order must keep whatever was sent: it parses with the contract's
 * orderSchema, its totals add up, its line-item ids are unique, and the status counts match.
 * (An order already verified in exactly this form is not parsed again.)
 */
export function checkStore(backend: Backend): void {
  const orders = storeOrders(backend);
  const { total, counts } = backend.list(listParams(1));
  ensure(orders.length === total, `every order is listed once: ${orders.length} listed, total ${total}`);
  ensure(new Set(orders.map((o) => o.id)).size === orders.length, 'order ids are unique');
  ensure(counts.all === total, `the "all" count (${counts.all}) is the total (${total})`);
  for (const order of orders) {
    const json = JSON.stringify(order);
    if (verified.has(json)) continue;
    checkOrder(order, `order ${order.id} in the store`);
    verified.add(json);
  }
}

export function checkOrder(order: Order, where: string): void {
  const parsed = orderSchema.safeParse(order);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    expect.unreachable(`${where} does not parse with orderSchema (${issues}): ${brief(order)}`);
  }
  const subtotal = order.items.reduce((sum, item) => sum + item.unitPriceCents * item.quantity, 0);
  ensure(
    order.subtotalCents === subtotal,
    `${where}: subtotal ${order.subtotalCents} ≠ Σ unit price × quantity ${subtotal}`,
  );
  ensure(
    order.totalCents === order.subtotalCents + order.shippingCents,
    `${where}: total ${order.totalCents} ≠ subtotal ${order.subtotalCents} + shipping ${order.shippingCents}`,
  );
  const itemIds = order.items.map((item) => item.id);
  ensure(new Set(itemIds).size === itemIds.length, `${where}: line-item ids are not unique (${itemIds.join(', ')})`);
}

/** What may never change on an order of this status through PATCH (the spec's lock table). */
export function lockedView(order: Order) {
  if (order.status === 'unpaid') return {};
  const paid = { customer: order.customer, items: order.items, country: order.shippingAddress.country };
  if (order.status === 'unfulfilled') return paid;
  return { ...paid, shippingAddress: order.shippingAddress, shippingMethod: order.shippingMethod };
}

export function brief(value: unknown, max = 400): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

// ---------------------------------------------------------------------------------------------
// Requests and the contract every answer keeps

export const ENDPOINTS = [
  'POST /orders',
  'PATCH /orders/:id',
  'POST /orders/bulk-delete',
  'POST /orders/restore',
  'POST /orders/:id/cancel',
  'POST /orders/:id/refund-requests',
] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

const SHORT_NAMES: Record<Endpoint, string> = {
  'POST /orders': 'POST /orders',
  'PATCH /orders/:id': 'PATCH',
  'POST /orders/bulk-delete': 'bulk-delete',
  'POST /orders/restore': 'restore',
  'POST /orders/:id/cancel': 'cancel',
  'POST /orders/:id/refund-requests': 'refund-requests',
};

export class Tally {
  private readonly tried = new Map<Endpoint, number>(ENDPOINTS.map((e) => [e, 0]));
  serverErrors = 0;
  answers2xx = 0;
  answers4xx = 0;

  /** Answers by endpoint, status and error code, printed with PROPERTY_STATS=1. */
  readonly outcomes = new Map<string, number>();

  count(endpoint: Endpoint, status: number, body?: unknown) {
    this.tried.set(endpoint, (this.tried.get(endpoint) ?? 0) + 1);
    const error = status >= 400 ? apiErrorBodySchema.safeParse(body) : null;
    const issue = error?.success ? validationErrorSchema.safeParse(body) : null;
    const firstPath = issue?.success ? ` (${issue.data.issues[0]?.path.split('.')[0] || 'body'})` : '';
    const code = error?.success ? ` ${error.data.code}${firstPath}` : '';
    const outcome = `${SHORT_NAMES[endpoint]} ${status}${code}`;
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
    if (status >= 500) this.serverErrors += 1;
    else if (status >= 400) this.answers4xx += 1;
    else this.answers2xx += 1;
  }

  stats(): string {
    return [...this.outcomes]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n');
  }

  get total(): number {
    return [...this.tried.values()].reduce((a, b) => a + b, 0);
  }

  line(elapsedMs: number): string {
    const n = (value: number) => value.toLocaleString('en-US');
    const parts = ENDPOINTS.map((e) => `${SHORT_NAMES[e]} ${n(this.tried.get(e) ?? 0)}`).join(', ');
    return (
      `property tests: ${n(this.total)} random inputs tried (${parts}); ` +
      `${n(this.answers2xx)} 2xx, ${n(this.answers4xx)} 4xx, ${n(this.serverErrors)} server errors; ` +
      `${(elapsedMs / 1000).toFixed(1)} s`
    );
  }
}

export const tally = new Tally();

/** What the server can have parsed from the body: a JSON value, or nothing it could parse. */
export type Received = { json: true; value: unknown } | { json: false };

export interface Answer {
  endpoint: Endpoint;
  request: string;
  status: number;
  body: unknown;
  received: Received;
}

export type Payload = { json: unknown } | { text: string } | { none: true };

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain'] as const;
export const contentTypeArb = fc.constantFrom(...CONTENT_TYPES);

function receivedFrom(text: string | undefined): Received {
  if (text === undefined) return { json: false };
  try {
    // Body.json() decodes UTF-8 and drops a leading byte-order mark before parsing.
    return { json: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { json: false };
  }
}

/** One raw request through fetch (and so MSW), counted, with what the server could parse. */
export async function send(
  endpoint: Endpoint,
  path: string,
  payload: Payload,
  options: { headers?: Record<string, string>; contentType?: string } = {},
): Promise<Answer> {
  const method = endpoint.startsWith('PATCH') ? 'PATCH' : 'POST';
  const text =
    'json' in payload
      ? (JSON.stringify(payload.json) as string | undefined)
      : 'text' in payload
        ? payload.text
        : undefined;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    [WRITE_HEADER.name]: WRITE_HEADER.value,
    ...options.headers,
  };
  const sentType = options.contentType ?? 'application/json';
  if (text !== undefined) headers['Content-Type'] = sentType;
  await keepSignedIn();
  const response = await fetch(`/api${path}`, { method, headers, body: text });
  const contentType = response.headers.get('content-type') ?? '';
  const raw = await response.text();
  let body: unknown = raw;
  if (contentType.includes('json')) {
    try {
      body = JSON.parse(raw) as unknown;
    } catch {
      body = raw;
    }
  }
  tally.count(endpoint, response.status, body);
  if (response.status < 400 || response.status >= 500) dirty = true;
  sentSinceReset.push(`${method} ${path} → ${response.status}`);
  const request = `${method} ${path} ${text === undefined ? '(no body)' : brief(text, 300)}`;
  // A body not sent as JSON is not read as JSON, whatever it holds.
  const received = sentType.startsWith('application/json') ? receivedFrom(text) : { json: false as const };
  return { endpoint, request, status: response.status, body, received };
}

export const encodeId = (id: string) => encodeURIComponent(id);

const STATUS_OF_CODE = ERROR_STATUS;

export interface ErrorAnswer {
  code: ErrorCode;
  message: string;
  issues?: { path: string; message: string }[];
  fields?: string[];
  current?: Order;
}

const isErrorCode = (code: string): code is ErrorCode => (ERROR_CODES as readonly string[]).includes(code);

/**
 * The contract every answer keeps: never 5xx; 2xx, or a 4xx whose JSON body is
 * `{ code, message, ...details }` with a known code that goes with that status, a non-empty
 * message, and the details its code promises. Returns the error, or null for a 2xx.
 */
export function checkAnswer(answer: Answer): ErrorAnswer | null {
  const where = `${answer.request} → ${answer.status} ${brief(answer.body)}`;
  ensure(answer.status < 500, `never a server error: ${where}`);
  if (answer.status >= 200 && answer.status < 300) return null;
  ensure(answer.status >= 400, `2xx or 4xx: ${where}`);
  const parsed = apiErrorBodySchema.safeParse(answer.body);
  if (!parsed.success) return expect.unreachable(`not an API error body: ${where}`);
  const { code, message } = parsed.data;
  if (!isErrorCode(code)) return expect.unreachable(`unknown error code "${code}": ${where}`);
  ensure(message.trim() !== '', `a message: ${where}`);
  ensure(answer.status === STATUS_OF_CODE[code], `${STATUS_OF_CODE[code]} goes with "${code}": ${where}`);
  const error: ErrorAnswer = { code, message };
  if (code === 'validation') {
    const details = validationErrorSchema.safeParse(answer.body);
    if (!details.success) return expect.unreachable(`validation without string-path issues: ${where}`);
    ensure(details.data.issues.length > 0, `validation names the issues: ${where}`);
    error.issues = details.data.issues;
  }
  if (code === 'field_locked') {
    const details = fieldLockedErrorSchema.safeParse(answer.body);
    if (!details.success) return expect.unreachable(`field_locked without fields: ${where}`);
    ensure(details.data.fields.length > 0, `field_locked names the fields: ${where}`);
    error.fields = details.data.fields;
  }
  if (code === 'version_conflict') {
    const details = versionConflictErrorSchema.safeParse(answer.body);
    if (!details.success) return expect.unreachable(`version_conflict without the current order: ${where}`);
    error.current = details.data.current;
  }
  return error;
}

/** A 2xx answer whose body parses with the endpoint's response schema. */
export function expectSuccess<S extends z.ZodMiniType>(answer: Answer, schema: S, status = 200): z.infer<S> {
  const where = `${answer.request} → ${answer.status} ${brief(answer.body)}`;
  const error = checkAnswer(answer);
  if (error) return expect.unreachable(`expected ${status}: ${where}`);
  ensure(answer.status === status, `expected ${status}: ${where}`);
  const parsed = schema.safeParse(answer.body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return expect.unreachable(`the ${status} body breaks the contract (${issues}): ${where}`);
  }
  return parsed.data as z.infer<S>;
}

/** An error answer with exactly this code (and so its status). */
export function expectError(answer: Answer, code: ErrorCode): ErrorAnswer {
  const error = checkAnswer(answer);
  const where = `${answer.request} → ${answer.status} ${brief(answer.body)}`;
  if (!error) return expect.unreachable(`expected ${code}: ${where}`);
  ensure(error.code === code, `expected ${code}: ${where}`);
  return error;
}

/**
 * What a body that the server could not read, or that fails the shared schema, must get:
 * 400 bad_request for non-JSON, 422 validation for JSON of the wrong shape. Returns true when it
 * handled the answer, false when the body is valid and the endpoint's own rules apply.
 */
export function expectRejectedIfMalformed(answer: Answer, schema: z.ZodMiniType): boolean {
  if (!answer.received.json) {
    expectError(answer, 'bad_request');
    return true;
  }
  if (unstorableTextPaths(answer.received.value).length > 0 || !schema.safeParse(answer.received.value).success) {
    expectError(answer, 'validation');
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** The value in one run out of `oneIn`, null otherwise. */
export function rarely<T>(arb: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> {
  return fc.oneof({ arbitrary: fc.constant(null), weight: oneIn - 1 }, { arbitrary: arb, weight: 1 });
}

export const PRODUCT_IDS = CATALOG.map((p) => p.id);
export const UNKNOWN_PRODUCT_IDS = [
  'prd_unknown',
  'PRD_MURANO_BEAD',
  'prd_murano_bead ',
  '',
  '__proto__',
  'x'.repeat(65),
];
export const US_STATE_CODES = Object.keys(US_STATES);
export const OTHER_COUNTRIES = Object.keys(COUNTRIES).filter((c) => c !== 'US');

/** The schemas' maximum lengths, by field name, for over-long strings. */
export const MAX_LENGTHS: Record<string, number> = {
  name: 120,
  line1: 120,
  line2: 120,
  city: 80,
  region: 80,
  postalCode: 20,
  country: 2,
  phone: 40,
  email: 254,
  productId: 64,
  id: 64,
  personalization: 200,
  note: 1000,
  ids: 64,
  itemIds: 64,
};

export const anyJson = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withNullPrototype: true,
  withSparseArray: true,
  withDate: true,
  stringUnit: 'grapheme',
});

export const quantityArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 999 }), weight: 3 },
  fc.integer({ min: -1_000_000, max: 0 }),
  fc.integer({ min: 1000, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ min: -2000, max: 2000, noInteger: true, noNaN: true }),
  fc.constantFrom(1e21, 1e308, -0, 0.5, 1.0000001, 2 ** 53, 2 ** 53 + 2, Number.MAX_VALUE, Number.EPSILON, -1, 1000),
  fc.constantFrom('1', '10', '', null, true, [], {}, [1]),
);

export const personNames = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'Zoë Testing',
      "Siobhán O'Connor",
      'Łukasz Øvergård',
      '<script>alert(1)</script>',
      '🦄 Smith',
      'N'.repeat(120),
    ),
    weight: 6,
  },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), weight: 2 },
  { arbitrary: fc.constantFrom(' ', '', '\t'), weight: 1 },
);

export const emailArb = fc.oneof(
  { arbitrary: fc.constantFrom('zoe@example.com', ' zoe@example.com ', 'a@b.co', 'zoë@exämple.com'), weight: 4 },
  { arbitrary: fc.emailAddress(), weight: 2 },
  { arbitrary: fc.constantFrom('no-at-sign', '', 'two@@example.com', 'x@y.z', 'a b@example.com'), weight: 1 },
);

export const streets = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 99999 }), fc.constantFrom('Main St', 'Box Elder St', 'Pobox Lane', 'Oak Ave'))
      .map(([n, street]) => `${n} ${street}`),
    weight: 6,
  },
  {
    arbitrary: fc.constantFrom(
      'PO Box 12',
      'P.O. Box 7',
      'Post Office Box 3',
      'POB 99',
      "1 Main St'); DROP TABLE orders;--",
    ),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }), weight: 1 },
  { arbitrary: fc.constantFrom('', '   '), weight: 1 },
);

export const usZip = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 99999 }).map((n) => String(n).padStart(5, '0')), weight: 6 },
  { arbitrary: fc.constantFrom('94107-1234', ' 94107 '), weight: 1 },
  { arbitrary: fc.constantFrom('9410', 'ABCDE', ''), weight: 1 },
);

export const phones = fc.oneof(
  { arbitrary: fc.constantFrom('', '+1 555 123 4567', '(555) 010-0100'), weight: 6 },
  { arbitrary: fc.constantFrom('call me', '12', '+1 555 123 4567 890 123 456'), weight: 1 },
);

export const usAddressArb = fc.record({
  name: personNames,
  line1: streets,
  line2: fc.constantFrom('', 'Apt 4', 'PO Box 12', 'Suite 300'),
  city: fc.constantFrom('San Francisco', 'Anchorage', 'Honolulu', 'San Juan', 'Springfield', 'Springfield', ' '),
  region: fc.oneof(
    { arbitrary: fc.constantFrom(...US_STATE_CODES), weight: 8 },
    fc.constantFrom('ca', 'Alaska', 'XX', ''),
  ),
  postalCode: usZip,
  country: fc.constant('US'),
  phone: phones,
});

export const intlAddressArb = fc.record({
  name: personNames,
  line1: streets,
  line2: fc.constantFrom('', 'Flat 2'),
  city: fc.constantFrom('London', 'Berlin', 'Toronto', 'Paris'),
  region: fc.constantFrom('', 'ON', 'Greater London'),
  postalCode: fc.constantFrom('SW1A 1AA', '10115', 'M5V 2T6', '75001', ' '),
  country: fc.oneof({ arbitrary: fc.constantFrom(...OTHER_COUNTRIES), weight: 6 }, fc.constantFrom('us', 'XX', 'ZZ')),
  phone: phones,
});

export const addressArb = fc.oneof({ arbitrary: usAddressArb, weight: 3 }, { arbitrary: intlAddressArb, weight: 1 });

export const customerArb = fc.record({ name: personNames, email: emailArb });

/** An item as a client sends it: catalog product (mostly), quantity 1…999, personalization maybe. */
export const itemInputArb = fc.record(
  {
    productId: fc.oneof(
      { arbitrary: fc.constantFrom(...PRODUCT_IDS), weight: 15 },
      fc.constantFrom(...UNKNOWN_PRODUCT_IDS),
    ),
    quantity: fc.integer({ min: 1, max: 999 }),
    personalization: fc.oneof(
      { arbitrary: fc.constantFrom('Mia', 'Love you, Dad', ' Mia ', 'Zoë ♥', 'P'.repeat(200)), weight: 8 },
      { arbitrary: fc.constantFrom('  ', ''), weight: 1 },
    ),
  },
  { requiredKeys: ['productId', 'quantity'] },
);

/**
 * A schema-valid draft (the domain may still refuse it). At most 10 items: 10 × 999 × the dearest
 * product stays under the contract's 100,000,000-cent cap (see the separate overflow property).
 */
export const draftArb = fc.record({
  customer: customerArb,
  items: fc.array(itemInputArb, { minLength: 1, maxLength: 10 }),
  shippingAddress: addressArb,
  shippingMethod: fc.constantFrom('standard', 'express'),
});

/** Text the server cannot parse as JSON (or, now and then, can: the oracle decides which). */
export const textBodyArb = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '{',
    '}',
    '{"ids": [',
    "{'ids': []}",
    'undefined',
    'NaN',
    '[1,]',
    '{"a":1,}',
    'null null',
    '\u0000',
    '<xml/>',
    'ids=ord_000001',
    '{"customer":}',
    '"unterminated',
    '\uFEFF{}',
    '{"version":1}garbage',
  ),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  anyJson.map((value) => {
    const text = JSON.stringify(value) ?? '';
    return text.slice(0, Math.max(0, text.length - 1));
  }),
);

export const unknownIdArb = fc.oneof(
  fc.constantFrom(
    'ord_999999',
    'ord_c99999',
    'ord_000000',
    'ORD_000001',
    'ord_000001 ',
    'ids',
    '__proto__',
    'constructor',
    '%',
    ' ',
    'x'.repeat(65),
  ),
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 80 })
    .filter((s) => s.trim() !== '.' && s.trim() !== '..' && s !== '.' && s !== '..'),
);

// ---------------------------------------------------------------------------------------------
// Structural mutations of a JSON body: drop a key, put any value anywhere, over-long strings,
// unknown keys (including __proto__ and constructor).

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'set'; at: number; value: unknown }
  | { op: 'overlong'; at: number; extra: number }
  | { op: 'unknownKey'; at: number; key: string; value: unknown };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.oneof(anyJson, quantityArb) }),
  fc.record({ op: fc.constant('overlong' as const), at: fc.nat(), extra: fc.integer({ min: 0, max: 40 }) }),
  fc.record({
    op: fc.constant('unknownKey' as const),
    at: fc.nat(),
    key: fc.oneof(
      fc.constantFrom(
        'status',
        'totalCents',
        'subtotalCents',
        'id',
        'paidAt',
        'refundRequests',
        '__proto__',
        'constructor',
        'toString',
        '',
      ),
      fc.string({ maxLength: 10 }),
    ),
    value: anyJson,
  }),
);

type Path = (string | number)[];

function walk(value: unknown, path: Path, visit: (value: unknown, path: Path) => void) {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
  }
}

type Container = Record<string | number, unknown>;

function setAt(root: unknown, path: Path, update: (parent: Container, key: string | number) => void): unknown {
  if (path.length === 0) {
    const box: Container = { root };
    update(box, 'root');
    return box.root;
  }
  let parent = root as Container;
  for (const key of path.slice(0, -1)) parent = parent[key] as Container;
  update(parent, path[path.length - 1] as string | number);
  return root;
}

function define(target: Container, key: string | number, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The body with the mutation applied (on a copy). */
export function mutate(body: unknown, mutation: Mutation): unknown {
  const copy = body === undefined ? undefined : (JSON.parse(JSON.stringify(body)) as unknown);
  const all: Path[] = [];
  const strings: Path[] = [];
  const objects: Path[] = [];
  walk(copy, [], (value, path) => {
    all.push(path);
    if (typeof value === 'string') strings.push(path);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) objects.push(path);
  });
  const pick = (paths: Path[], at: number) => paths[at % paths.length];
  switch (mutation.op) {
    case 'delete': {
      const path = pick(all, mutation.at) ?? [];
      return setAt(copy, path, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      });
    }
    case 'set': {
      const path = pick(all, mutation.at) ?? [];
      return setAt(copy, path, (parent, key) => define(parent, key, mutation.value));
    }
    case 'overlong': {
      const path = pick(strings, mutation.at);
      if (!path) return mutate(copy, { op: 'set', at: mutation.at, value: 'x'.repeat(1001 + mutation.extra) });
      const field = [...path].reverse().find((k) => typeof k === 'string') ?? '';
      const max = MAX_LENGTHS[field] ?? 1000;
      return setAt(copy, path, (parent, key) => define(parent, key, 'é'.repeat(max + 1 + mutation.extra)));
    }
    case 'unknownKey': {
      const path = pick(objects, mutation.at);
      if (!path) return copy;
      return setAt(copy, path, (parent, key) => define(parent[key] as Container, mutation.key, mutation.value));
    }
  }
}
