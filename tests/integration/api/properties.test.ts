import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bulkDeleteResponseSchema,
  createOrderBodySchema,
  idsBodySchema,
  orderResponseSchema,
  patchOrderBodySchema,
  refundRequestBodySchema,
  refundRequestResponseSchema,
  restoreResponseSchema,
  type PatchOrderBody,
  type RefundRequestBody,
} from '@/api/contract';
import {
  REFUND_REASONS,
  SHIPPING_RATES_CENTS,
  type LineItem,
  type LineItemInput,
  type Order,
  type OrderDraft,
} from '@/domain';
import { CATALOG_BY_ID } from '@/backend/seed/catalog';
import { validDraft } from './support';
import {
  addressArb,
  anyJson,
  brief,
  checkAnswer,
  checkOrder,
  checkStore,
  contentTypeArb,
  customerArb,
  draftArb,
  emailArb,
  encodeId,
  expectError,
  ensure,
  expectRejectedIfMalformed,
  expectStore,
  expectSuccess,
  HOUR,
  itemInputArb,
  lockedView,
  MINUTE,
  mutate,
  mutationArb,
  personNames,
  phones,
  PRODUCT_IDS,
  quantityArb,
  rarely,
  send,
  snapshot,
  storeOrders,
  streets,
  tally,
  textBodyArb,
  unknownIdArb,
  setUpPropertyApi,
  usZip,
  type Answer,
  type Payload,
  type Snapshot,
} from './properties-support';

/**
 * Property-based tests of every write endpoint: thousands of random, malformed and hostile bodies
 * sent with raw fetch through MSW to a 60-order demo backend that is reset before every run. Every
 * answer must keep the contract (never 5xx; 2xx, or a 4xx with a known code, a message and its
 * details), the answer must be the one the rules call for, and the store must keep its
 * invariants. Seeds are fixed, so a run is repeatable.
 */

const { api, clock, fresh } = setUpPropertyApi();
const started = performance.now();

afterAll(() => {
  console.log(tally.line(performance.now() - started));
  if (process.env.PROPERTY_STATS) console.log(tally.stats());
});

const TIMEOUT = { timeout: 120_000 };

function orderNow(id: string): Order | undefined {
  const outcome = api.backend.get(id);
  return outcome.ok ? structuredClone(outcome.body) : undefined;
}

function expectStoreUnchanged(before: Snapshot, why: string) {
  expectStore(api.backend, before, why);
}

/** The lines a successful create or item change must produce from these inputs. */
function expectedLines(inputs: readonly LineItemInput[]) {
  return inputs.map((input) => {
    const product = CATALOG_BY_ID.get(input.productId);
    if (!product) throw new Error(`unknown product ${input.productId} was accepted`);
    return {
      productId: product.id,
      quantity: input.quantity,
      unitPriceCents: product.priceCents,
      kind: product.kind,
      restricted: product.restricted,
      personalization: product.kind === 'personalized' ? (input.personalization ?? '').trim() : undefined,
    };
  });
}

function linesOf(items: readonly LineItem[]) {
  return items.map((item) => ({
    productId: item.productId,
    quantity: item.quantity,
    unitPriceCents: item.unitPriceCents,
    kind: item.kind,
    restricted: item.restricted,
    personalization: item.personalization,
  }));
}

const unknownProductPaths = (inputs: readonly LineItemInput[]) =>
  inputs.flatMap((input, index) => (CATALOG_BY_ID.has(input.productId) ? [] : [`items.${index}.productId`]));

// =============================================================================================
// POST /api/orders

type CreateInput = { payload: Payload; contentType: string };

const createInputArb: fc.Arbitrary<CreateInput> = fc.record({
  payload: fc.oneof(
    { arbitrary: anyJson.map((json): Payload => ({ json })), weight: 2 },
    { arbitrary: textBodyArb.map((text): Payload => ({ text })), weight: 1 },
    { arbitrary: fc.constant<Payload>({ none: true }), weight: 1 },
    {
      arbitrary: fc.tuple(draftArb, mutationArb).map(([draft, m]): Payload => ({ json: mutate(draft, m) })),
      weight: 4,
    },
    {
      arbitrary: fc.tuple(draftArb, fc.nat(), quantityArb).map(([draft, at, quantity]): Payload => {
        const items = draft.items.map((item, i) => (i === at % draft.items.length ? { ...item, quantity } : item));
        return { json: { ...draft, items } };
      }),
      weight: 2,
    },
    { arbitrary: draftArb.map((json): Payload => ({ json })), weight: 6 },
  ),
  contentType: contentTypeArb,
});

async function checkCreate(answer: Answer, countBefore: number) {
  if (expectRejectedIfMalformed(answer, createOrderBodySchema)) {
    expect(storeOrders(api.backend).length, 'a refused create adds nothing').toBe(countBefore);
    return;
  }
  const draft = createOrderBodySchema.parse((answer.received as { value: unknown }).value) as OrderDraft;
  const error = checkAnswer(answer);
  const unknownProducts = unknownProductPaths(draft.items);
  if (error) {
    expect(['validation', 'shipping_method_unavailable'], answer.request).toContain(error.code);
    if (unknownProducts.length > 0) {
      expect(error.code, `unknown products are a validation error: ${answer.request}`).toBe('validation');
      expect(
        error.issues?.map((i) => i.path),
        answer.request,
      ).toEqual(expect.arrayContaining(unknownProducts));
    }
    if (error.code === 'shipping_method_unavailable') expect(draft.shippingMethod, answer.request).toBe('express');
    expect(storeOrders(api.backend).length, 'a refused create adds nothing').toBe(countBefore);
    return;
  }
  const order = expectSuccess(answer, orderResponseSchema, 201);
  expect(unknownProducts, `created with unknown products: ${answer.request}`).toEqual([]);
  expect(order.status).toBe('unpaid');
  expect(order.version).toBe(1);
  expect(order.paidAt).toBeNull();
  expect(order.refundRequests).toEqual([]);
  expect(order.customer).toEqual(draft.customer);
  expect(order.shippingAddress).toEqual(draft.shippingAddress);
  expect(order.shippingMethod).toBe(draft.shippingMethod);
  expect(linesOf(order.items)).toEqual(expectedLines(draft.items));
  if (order.shippingMethod === 'express')
    expect(
      order.items.some((i) => i.restricted),
      'express with a restricted item',
    ).toBe(false);
  expect(order.shippingCents).toBe(SHIPPING_RATES_CENTS[draft.shippingMethod]);
  expect(api.backend.get(order.id)).toEqual({ ok: true, status: 200, body: order });
  expect(storeOrders(api.backend).length).toBe(countBefore + 1);
}

describe('POST /api/orders with random and malformed bodies', () => {
  it('answers 201 or a precise 4xx, never 5xx, and keeps the store valid', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(createInputArb, async ({ payload, contentType }) => {
        fresh();
        const countBefore = storeOrders(api.backend).length;
        const answer = await send('POST /orders', '/orders', payload, { contentType });
        await checkCreate(answer, countBefore);
        checkStore(api.backend);
      }),
      { seed: 101, numRuns: 1100 },
    );
  });

  /*
   * An order whose total the contract cannot represent (over $1,000,000 in cents, e.g. 50 lines ×
   * quantity 999) is refused with a 422 naming the items, by create and by PATCH: the demo backend
   * once stored it, and every list page holding it then failed the client's parse (seed 202).
   */
  it('never accepts an order its own contract cannot represent (many items × large quantities)', TIMEOUT, async () => {
    // A line repeated `count` times plus one more line: few dimensions, so shrinking is quick.
    const bigItems = fc
      .record({
        productId: fc.constantFrom(...PRODUCT_IDS),
        quantity: fc.integer({ min: 1, max: 999 }),
        count: fc.integer({ min: 1, max: 49 }),
        last: fc.record({ productId: fc.constantFrom(...PRODUCT_IDS), quantity: fc.integer({ min: 1, max: 999 }) }),
      })
      .map(({ productId, quantity, count, last }): LineItemInput[] => [
        ...Array.from({ length: count }, () => ({ productId, quantity, personalization: 'Mia' })),
        { ...last, personalization: 'Mia' },
      ]);
    const draftOf = (items: LineItemInput[]) => validDraft({ items, shippingMethod: 'standard' });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('create', 'patch'), bigItems, async (via, items) => {
        fresh();
        let answer: Answer;
        if (via === 'create') {
          answer = await send('POST /orders', '/orders', { json: draftOf(items) });
        } else {
          const order = storeOrders(api.backend).find((o) => o.status === 'unpaid') as Order;
          answer = await send('PATCH /orders/:id', `/orders/${order.id}`, { json: { version: order.version, items } });
        }
        const error = checkAnswer(answer);
        if (error) expect(error.code).toBe('validation');
        else expectSuccess(answer, orderResponseSchema, via === 'create' ? 201 : 200);
        checkStore(api.backend);
      }),
      { seed: 202, numRuns: 100 },
    );
  });
});

// =============================================================================================
// PATCH /api/orders/:id

const ADDRESS_KEYS = ['name', 'line1', 'line2', 'city', 'region', 'postalCode', 'phone'] as const;
type Group = 'items' | 'customer' | 'country' | 'address' | 'shippingMethod';

/** The spec's table "What may change, by status". */
const LOCKED_GROUPS: Record<Order['status'], ReadonlySet<Group>> = {
  unpaid: new Set(),
  unfulfilled: new Set(['items', 'customer', 'country']),
  in_production: new Set(['items', 'customer', 'country', 'address', 'shippingMethod']),
  fulfilled: new Set(['items', 'customer', 'country', 'address', 'shippingMethod']),
  shipped: new Set(['items', 'customer', 'country', 'address', 'shippingMethod']),
  cancelled: new Set(['items', 'customer', 'country', 'address', 'shippingMethod']),
};

function itemsDiffer(current: readonly LineItem[], next: readonly LineItemInput[]): boolean {
  if (current.length !== next.length) return true;
  return current.some((item, i) => {
    const input = next[i];
    return (
      !input ||
      input.productId !== item.productId ||
      input.quantity !== item.quantity ||
      (input.personalization ?? '').trim() !== (item.personalization ?? '').trim()
    );
  });
}

/** Every field path the body would change, with its group, computed from the spec alone. */
function changesOf(order: Order, body: PatchOrderBody): { path: string; group: Group }[] {
  const changes: { path: string; group: Group }[] = [];
  if (body.items && itemsDiffer(order.items, body.items)) changes.push({ path: 'items', group: 'items' });
  if (body.customer) {
    if (body.customer.name !== order.customer.name) changes.push({ path: 'customer.name', group: 'customer' });
    if (body.customer.email !== order.customer.email) changes.push({ path: 'customer.email', group: 'customer' });
  }
  if (body.shippingAddress) {
    if (body.shippingAddress.country !== order.shippingAddress.country) {
      changes.push({ path: 'shippingAddress.country', group: 'country' });
    }
    for (const key of ADDRESS_KEYS) {
      if (body.shippingAddress[key] !== order.shippingAddress[key])
        changes.push({ path: `shippingAddress.${key}`, group: 'address' });
    }
  }
  if (body.shippingMethod !== undefined && body.shippingMethod !== order.shippingMethod) {
    changes.push({ path: 'shippingMethod', group: 'shippingMethod' });
  }
  return changes;
}

const inputsOf = (items: readonly LineItem[]): LineItemInput[] =>
  items.map((item) => ({
    id: item.id,
    productId: item.productId,
    quantity: item.quantity,
    ...(item.personalization === undefined ? {} : { personalization: item.personalization }),
  }));

type Target = { kind: 'existing'; index: number } | { kind: 'unknown'; id: string };
const targetArb: fc.Arbitrary<Target> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('existing' as const), index: fc.nat() }), weight: 9 },
  { arbitrary: fc.record({ kind: fc.constant('unknown' as const), id: unknownIdArb }), weight: 1 },
);

/** The 12 newest seed orders (ord_000001…ord_000012) were paid minutes ago: inside the free-cancel window. */
const recentTargetArb: fc.Arbitrary<Target> = fc.oneof(
  { arbitrary: targetArb, weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('existing' as const), index: fc.nat({ max: 11 }) }), weight: 1 },
);

type VersionPlan =
  { kind: 'current' } | { kind: 'stale' } | { kind: 'ahead'; by: number } | { kind: 'raw'; value: unknown };
const versionArb: fc.Arbitrary<VersionPlan> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'current' as const }), weight: 12 },
  { arbitrary: fc.constant({ kind: 'stale' as const }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('ahead' as const), by: fc.integer({ min: 1, max: 1_000_000 }) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      value: fc.oneof(quantityArb, fc.constantFrom(0, -1, 1.5, '1', null, 2 ** 53)),
    }),
    weight: 1,
  },
);

type CustomerPlan =
  { kind: 'same' } | { kind: 'edit'; name: string | null; email: string | null } | { kind: 'new'; value: unknown };
const customerPlanArb: fc.Arbitrary<CustomerPlan> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'same' as const }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      name: fc.option(personNames),
      email: fc.option(emailArb),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('new' as const), value: customerArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('new' as const), value: anyJson }), weight: 1 },
);

type ItemsPlan =
  | { kind: 'same'; withIds: boolean }
  | { kind: 'tweak'; at: number; quantity: unknown }
  | { kind: 'personalize'; at: number; text: string }
  | { kind: 'add'; item: Record<string, unknown> }
  | { kind: 'remove'; at: number }
  | { kind: 'replace'; items: unknown[] }
  | { kind: 'raw'; value: unknown };
const itemsPlanArb: fc.Arbitrary<ItemsPlan> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('same' as const), withIds: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('tweak' as const), at: fc.nat(), quantity: quantityArb }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('personalize' as const),
      at: fc.nat(),
      text: fc.constantFrom('Mia', ' Mia ', '', 'New text', 'P'.repeat(201)),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('add' as const), item: itemInputArb }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      items: fc.array(itemInputArb, { minLength: 0, maxLength: 10 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('raw' as const), value: anyJson }), weight: 1 },
);

const addressEditArb = fc.oneof(
  fc.record({ field: fc.constant('country'), value: fc.constantFrom('US', 'CA', 'GB', 'PR', 'us', 'XX', '', 'USA') }),
  fc.record({ field: fc.constant('postalCode'), value: usZip }),
  fc.record({ field: fc.constant('region'), value: fc.constantFrom('CA', 'NY', 'AK', 'HI', 'XX', '', 'Alaska') }),
  fc.record({ field: fc.constantFrom('name', 'city'), value: personNames }),
  fc.record({ field: fc.constantFrom('line1', 'line2'), value: streets }),
  fc.record({ field: fc.constant('phone'), value: phones }),
);

type AddressPlan =
  | { kind: 'same' }
  | { kind: 'edit'; edits: { field: string; value: string }[] }
  | { kind: 'new'; value: unknown }
  | { kind: 'drop'; field: string };
const addressPlanArb: fc.Arbitrary<AddressPlan> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'same' as const }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      edits: fc.array(addressEditArb, { minLength: 1, maxLength: 3 }),
    }),
    weight: 6,
  },
  { arbitrary: fc.record({ kind: fc.constant('new' as const), value: addressArb }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('new' as const), value: anyJson }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('drop' as const), field: fc.constantFrom(...ADDRESS_KEYS, 'country') }),
    weight: 1,
  },
);

interface PatchStep {
  target: Target;
  version: VersionPlan;
  customer: CustomerPlan | null;
  items: ItemsPlan | null;
  shippingAddress: AddressPlan | null;
  shippingMethod: unknown;
  extra: { key: string; value: unknown } | null;
  mutation: Parameters<typeof mutate>[1] | null;
  text: string | null;
}

const patchStepArb: fc.Arbitrary<PatchStep> = fc.record({
  target: targetArb,
  version: versionArb,
  customer: fc.option(customerPlanArb, { freq: 2 }),
  items: fc.option(itemsPlanArb, { freq: 2 }),
  shippingAddress: fc.option(addressPlanArb, { freq: 2 }),
  shippingMethod: fc.option(fc.oneof({ arbitrary: fc.constantFrom('standard', 'express'), weight: 5 }, anyJson), {
    nil: undefined,
    freq: 2,
  }),
  extra: rarely(
    fc.record({
      key: fc.constantFrom('status', 'totalCents', 'paidAt', 'id', 'refundRequests', '__proto__', 'unknown'),
      value: fc.oneof(fc.constantFrom('cancelled', 'shipped', 0, null), anyJson),
    }),
    8,
  ),
  mutation: rarely(mutationArb, 10),
  text: rarely(textBodyArb, 15),
});

function buildCustomer(order: Order | undefined, plan: CustomerPlan): unknown {
  const current = order?.customer ?? { name: 'Zoë Testing', email: 'zoe@example.com' };
  switch (plan.kind) {
    case 'same':
      return { ...current };
    case 'edit':
      return { name: plan.name ?? current.name, email: plan.email ?? current.email };
    case 'new':
      return plan.value;
  }
}

function buildItems(order: Order | undefined, plan: ItemsPlan): unknown {
  const current: Record<string, unknown>[] = order
    ? inputsOf(order.items)
    : [{ productId: 'prd_murano_bead', quantity: 1 }];
  const at = (n: number) => n % current.length;
  switch (plan.kind) {
    case 'same':
      return plan.withIds ? current : current.map(({ id: _id, ...rest }) => rest);
    case 'tweak':
      return current.map((item, i) => (i === at(plan.at) ? { ...item, quantity: plan.quantity } : item));
    case 'personalize':
      return current.map((item, i) => (i === at(plan.at) ? { ...item, personalization: plan.text } : item));
    case 'add':
      return [...current, plan.item];
    case 'remove':
      return current.filter((_, i) => i !== at(plan.at));
    case 'replace':
      return plan.items;
    case 'raw':
      return plan.value;
  }
}

function buildAddress(order: Order | undefined, plan: AddressPlan): unknown {
  const current: Record<string, string> = {
    ...(order?.shippingAddress ?? {
      name: 'Z',
      line1: '1 Main St',
      line2: '',
      city: 'Austin',
      region: 'TX',
      postalCode: '78701',
      country: 'US',
      phone: '',
    }),
  };
  switch (plan.kind) {
    case 'same':
      return current;
    case 'edit':
      for (const { field, value } of plan.edits) current[field] = value;
      return current;
    case 'new':
      return plan.value;
    case 'drop': {
      const { [plan.field]: _dropped, ...rest } = current;
      return rest;
    }
  }
}

function buildPatch(order: Order | undefined, stale: number | undefined, step: PatchStep): Payload {
  if (step.text !== null) return { text: step.text };
  const body: Record<string, unknown> = {};
  const version = order?.version ?? 1;
  switch (step.version.kind) {
    case 'current':
      body.version = version;
      break;
    case 'stale':
      body.version = stale !== undefined && stale !== version ? stale : version + 1;
      break;
    case 'ahead':
      body.version = version + step.version.by;
      break;
    case 'raw':
      body.version = step.version.value;
      break;
  }
  if (step.customer) body.customer = buildCustomer(order, step.customer);
  if (step.items) body.items = buildItems(order, step.items);
  if (step.shippingAddress) body.shippingAddress = buildAddress(order, step.shippingAddress);
  if (step.shippingMethod !== undefined) body.shippingMethod = step.shippingMethod;
  if (step.extra)
    Object.defineProperty(body, step.extra.key, {
      value: step.extra.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return { json: step.mutation ? mutate(body, step.mutation) : body };
}

function checkPatch(answer: Answer, id: string, before: Order | undefined) {
  if (expectRejectedIfMalformed(answer, patchOrderBodySchema)) {
    expect(orderNow(id), `a refused PATCH changes nothing: ${answer.request}`).toEqual(before);
    return;
  }
  const body = patchOrderBodySchema.parse((answer.received as { value: unknown }).value) as PatchOrderBody;
  if (!before) {
    expectError(answer, 'not_found');
    return;
  }
  if (body.version !== before.version) {
    const error = expectError(answer, 'version_conflict');
    expect(error.current, 'the conflict carries the current order').toEqual(before);
    expect(orderNow(id)).toEqual(before);
    return;
  }
  const changes = changesOf(before, body);
  const locked = changes.filter((c) => LOCKED_GROUPS[before.status].has(c.group)).map((c) => c.path);
  if (locked.length > 0) {
    const error = expectError(answer, 'field_locked');
    expect([...(error.fields ?? [])].sort(), `the locked fields are named: ${answer.request}`).toEqual(
      [...locked].sort(),
    );
    expect(orderNow(id), 'a locked change is not applied').toEqual(before);
    return;
  }
  const error = checkAnswer(answer);
  const itemsChange = body.items !== undefined && changes.some((c) => c.group === 'items');
  if (error) {
    expect(
      changes.length,
      `a PATCH that changes nothing succeeds: ${answer.request} → ${brief(answer.body)}`,
    ).toBeGreaterThan(0);
    expect(['validation', 'shipping_method_unavailable'], answer.request).toContain(error.code);
    if (itemsChange && body.items && unknownProductPaths(body.items).length > 0) {
      expect(error.code).toBe('validation');
      expect(error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(unknownProductPaths(body.items)));
    }
    if (error.code === 'shipping_method_unavailable')
      expect(body.shippingMethod ?? before.shippingMethod).toBe('express');
    expect(orderNow(id), 'a refused PATCH changes nothing').toEqual(before);
    return;
  }
  const after = expectSuccess(answer, orderResponseSchema, 200);
  if (changes.length === 0) {
    expect(after, 'a PATCH that changes nothing answers the order as it was, same version').toEqual(before);
    return;
  }
  expect(after.version).toBe(before.version + 1);
  expect(after.status, 'PATCH never changes the status').toBe(before.status);
  expect(apartFromWhatAPatchChanges(after)).toEqual(apartFromWhatAPatchChanges(before));
  expect(after.customer).toEqual(body.customer ?? before.customer);
  expect(after.shippingAddress).toEqual(body.shippingAddress ?? before.shippingAddress);
  expect(after.shippingMethod).toBe(body.shippingMethod ?? before.shippingMethod);
  if (itemsChange && body.items) expect(linesOf(after.items)).toEqual(expectedLines(body.items));
  else expect(after.items).toEqual(before.items);
  if (after.shippingMethod === 'express')
    expect(
      after.items.some((i) => i.restricted),
      'express with a restricted item',
    ).toBe(false);
  if (before.status === 'unpaid') {
    expect(after.shippingCents).toBe(after.items.length === 0 ? 0 : SHIPPING_RATES_CENTS[after.shippingMethod]);
  } else {
    // A paid order keeps what was paid: changing address or method before production costs nothing.
    expect([after.subtotalCents, after.shippingCents, after.totalCents]).toEqual([
      before.subtotalCents,
      before.shippingCents,
      before.totalCents,
    ]);
  }
  expect(orderNow(id), 'the store holds what was answered').toEqual(after);
}

function idAt(ids: readonly string[], target: Target): string {
  return target.kind === 'existing' ? (ids[target.index % ids.length] ?? 'ord_missing') : target.id;
}

describe('PATCH /api/orders/:id with random, stale and locked changes', () => {
  it(
    'answers the precise code, never changes a status or a locked field, and keeps the store valid',
    TIMEOUT,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(patchStepArb, { minLength: 1, maxLength: 3 }),
          contentTypeArb,
          async (steps, contentType) => {
            fresh();
            const start = snapshot(api.backend);
            const ids = start.ids();
            const versionsSeen = new Map<string, number>();
            const touched = new Set<string>();
            for (const step of steps) {
              const id = idAt(ids, step.target);
              const before = orderNow(id);
              const payload = buildPatch(before, versionsSeen.get(id), step);
              if (before) versionsSeen.set(id, before.version);
              const answer = await send('PATCH /orders/:id', `/orders/${encodeId(id)}`, payload, { contentType });
              checkPatch(answer, id, before);
              if (answer.status < 300) touched.add(id);
            }
            // Over the whole sequence: same orders, same statuses, locked fields as they were.
            const end = snapshot(api.backend);
            expect(end.ids()).toEqual(ids);
            for (const id of ids) {
              if (end.json.get(id) === start.json.get(id)) continue;
              ensure(touched.has(id), `${id} changed although no PATCH to it succeeded`);
              const was = start.order(id) as Order;
              const now = end.order(id) as Order;
              expect(now.status, `status of ${id}`).toBe(was.status);
              expect(lockedView(now), `locked fields of ${id} (${was.status})`).toEqual(lockedView(was));
            }
            checkStore(api.backend);
          },
        ),
        { seed: 303, numRuns: 650 },
      );
    },
  );

  /*
   * PATCH items that name the same existing line-item id twice must not store two lines with one
   * id: refund requests and the table's row keys tell lines apart by it (seed 404).
   */
  it('keeps line-item ids unique whatever ids the client sends with the items', TIMEOUT, async () => {
    const plan = fc.record({
      order: fc.nat(),
      lines: fc.array(
        fc.record({
          from: fc.nat({ max: 9 }),
          keepProduct: fc.boolean(),
          product: fc.constantFrom(...PRODUCT_IDS),
          quantity: fc.integer({ min: 1, max: 5 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(plan, async ({ order: pick, lines }) => {
        fresh();
        const unpaid = storeOrders(api.backend)
          .filter((o) => o.status === 'unpaid')
          .sort((a, b) => (a.id < b.id ? -1 : 1));
        const order = unpaid[pick % unpaid.length];
        if (!order) throw new Error('the seed has no unpaid order');
        const items = lines.map((line) => {
          const source = order.items[line.from % order.items.length] as LineItem;
          const productId = line.keepProduct ? source.productId : line.product;
          return { id: source.id, productId, quantity: line.quantity, personalization: 'Mia' };
        });
        const answer = await send('PATCH /orders/:id', `/orders/${order.id}`, {
          json: { version: order.version, items },
        });
        const error = checkAnswer(answer);
        if (!error) checkOrder(expectSuccess(answer, orderResponseSchema), `the PATCH answer for ${order.id}`);
        checkStore(api.backend);
      }),
      { seed: 404, numRuns: 150 },
    );
  });
});

// =============================================================================================
// POST /api/orders/bulk-delete and /restore

type IdPick =
  | { kind: 'existing'; index: number }
  | { kind: 'unpaid'; index: number }
  | { kind: 'unknown'; id: string }
  | { kind: 'raw'; value: unknown };
const idPickArb: fc.Arbitrary<IdPick> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('existing' as const), index: fc.nat() }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('unpaid' as const), index: fc.nat() }), weight: 4 },
  {
    arbitrary: fc.record({ kind: fc.constant('unknown' as const), id: fc.oneof(unknownIdArb, fc.constant('')) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('raw' as const), value: fc.oneof(anyJson, fc.constant('i'.repeat(65))) }),
    weight: 1,
  },
);

type IdsBodyPlan =
  | { kind: 'ids'; picks: IdPick[]; mutation: Parameters<typeof mutate>[1] | null }
  | { kind: 'raw'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'none' };
const idsBodyPlanArb: fc.Arbitrary<IdsBodyPlan> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('ids' as const),
      picks: fc.array(idPickArb, { minLength: 0, maxLength: 12 }),
      mutation: rarely(mutationArb, 6),
    }),
    weight: 12,
  },
  { arbitrary: fc.record({ kind: fc.constant('raw' as const), value: anyJson }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('text' as const), text: textBodyArb }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'none' as const }), weight: 1 },
);

function pickId(orders: readonly Order[], pick: IdPick): unknown {
  const unpaid = orders.filter((o) => o.status === 'unpaid');
  switch (pick.kind) {
    case 'existing':
      return orders[pick.index % orders.length]?.id;
    case 'unpaid':
      return unpaid[pick.index % unpaid.length]?.id;
    case 'unknown':
      return pick.id;
    case 'raw':
      return pick.value;
  }
}

function buildIdsBody(orders: readonly Order[], plan: IdsBodyPlan, extraIds: readonly string[] = []): Payload {
  switch (plan.kind) {
    case 'ids': {
      const ids = [...plan.picks.map((p) => pickId(orders, p)), ...extraIds];
      return { json: plan.mutation ? mutate({ ids }, plan.mutation) : { ids } };
    }
    case 'raw':
      return { json: plan.value };
    case 'text':
      return { text: plan.text };
    case 'none':
      return { none: true };
  }
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

async function bulkDelete(payload: Payload, before: Snapshot) {
  const answer = await send('POST /orders/bulk-delete', '/orders/bulk-delete', payload);
  if (expectRejectedIfMalformed(answer, idsBodySchema)) {
    expectStoreUnchanged(before, `a refused bulk delete deletes nothing: ${answer.request}`);
    return [];
  }
  const { ids } = idsBodySchema.parse((answer.received as { value: unknown }).value);
  const result = expectSuccess(answer, bulkDeleteResponseSchema);
  const wanted = unique(ids);
  const expectedDeleted = wanted.filter((id) => before.order(id)?.status === 'unpaid');
  expect(result.deleted, `exactly the unpaid orders are deleted: ${answer.request}`).toEqual(expectedDeleted);
  expect(
    result.skipped.map((s) => [s.id, s.code]),
    `every other id is skipped with its reason: ${answer.request}`,
  ).toEqual(
    wanted
      .filter((id) => !expectedDeleted.includes(id))
      .map((id) => [id, before.has(id) ? 'not_deletable' : 'not_found']),
  );
  for (const skipped of result.skipped) ensure(skipped.message.trim() !== '', `a reason for skipping ${skipped.id}`);
  const after = snapshot(api.backend);
  for (const [id, json] of before.json) {
    if (after.has(id)) ensure(after.json.get(id) === json, `${id} was not touched: ${answer.request}`);
    else
      ensure(
        before.order(id)?.status === 'unpaid',
        `${id} disappeared, so it must have been unpaid: ${answer.request}`,
      );
  }
  expect(after.size).toBe(before.size - expectedDeleted.length);
  return result.deleted;
}

describe('POST /api/orders/bulk-delete with random ids and malformed bodies', () => {
  it('deletes exactly the unpaid orders named, skips and reports the rest, never 5xx', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(idsBodyPlanArb, fc.boolean(), async (plan, twice) => {
        fresh();
        const orders = storeOrders(api.backend);
        const payload = buildIdsBody(orders, plan);
        await bulkDelete(payload, snapshot(api.backend));
        // The same request again: whatever was deleted is now "not_found", nothing else changes.
        if (twice) await bulkDelete(payload, snapshot(api.backend));
        checkStore(api.backend);
      }),
      { seed: 505, numRuns: 450 },
    );
  });
});

describe('POST /api/orders/restore with random ids, clock skew and malformed bodies', () => {
  it('restores exactly the orders deleted in the last minute, unchanged, never 5xx', TIMEOUT, async () => {
    const plan = fc.record({
      toDelete: fc.array(fc.nat(), { maxLength: 6 }),
      wait: fc.constantFrom(0, 1, 30_000, 59_999, 60_000, 61_000, 5 * MINUTE, -1_000),
      restore: idsBodyPlanArb,
      restoreDeleted: fc.array(fc.nat(), { maxLength: 4 }),
      again: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(plan, async ({ toDelete, wait, restore, restoreDeleted, again }) => {
        fresh();
        const orders = storeOrders(api.backend);
        const seed = snapshot(api.backend);
        const unpaid = orders.filter((o) => o.status === 'unpaid');
        const deleteIds = toDelete.map((n) => unpaid[n % unpaid.length]?.id ?? 'ord_none');
        const deleted = deleteIds.length > 0 ? await bulkDelete({ json: { ids: deleteIds } }, seed) : [];
        clock.advance(wait);
        const extra = deleted.length > 0 ? restoreDeleted.map((n) => deleted[n % deleted.length] as string) : [];
        const payload = buildIdsBody(orders, restore, extra);
        for (let attempt = 0; attempt < (again ? 2 : 1); attempt += 1) {
          const before = snapshot(api.backend);
          const answer = await send('POST /orders/restore', '/orders/restore', payload);
          if (expectRejectedIfMalformed(answer, idsBodySchema)) {
            expectStoreUnchanged(before, `a refused restore restores nothing: ${answer.request}`);
            continue;
          }
          const { ids } = idsBodySchema.parse((answer.received as { value: unknown }).value);
          const result = expectSuccess(answer, restoreResponseSchema);
          const inWindow = wait >= 0 && wait < MINUTE;
          const expected = unique(ids).filter((id) => inWindow && deleted.includes(id) && !before.has(id));
          expect(result.restored, `restored: ${answer.request} after ${wait} ms`).toEqual(expected);
          expect(result.skipped.map((s) => [s.id, s.code])).toEqual(
            unique(ids)
              .filter((id) => !expected.includes(id))
              .map((id) => [id, 'not_restorable']),
          );
          for (const skipped of result.skipped)
            ensure(skipped.message.trim() !== '', `a reason for skipping ${skipped.id}`);
          const after = snapshot(api.backend);
          for (const id of expected) expect(after.order(id), `${id} comes back as it was`).toEqual(seed.order(id));
          for (const [id, json] of before.json)
            ensure(after.json.get(id) === json, `${id} was not touched: ${answer.request}`);
          expect(after.size).toBe(before.size + expected.length);
        }
        checkStore(api.backend);
      }),
      { seed: 606, numRuns: 300 },
    );
  });
});

// =============================================================================================
// POST /api/orders/:id/cancel

describe('POST /api/orders/:id/cancel for every status, any body and any time', () => {
  it(
    'cancels exactly the unfulfilled orders inside the 2-hour window with a full refund, never 5xx',
    TIMEOUT,
    async () => {
      const plan = fc.record({
        target: recentTargetArb,
        wait: fc.constantFrom(0, 30 * MINUTE, 90 * MINUTE, 2 * HOUR, 3 * HOUR, 48 * HOUR),
        payload: fc.oneof(
          fc.constant<Payload>({ none: true }),
          anyJson.map((json): Payload => ({ json })),
          textBodyArb.map((text): Payload => ({ text })),
        ),
        twice: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(plan, async ({ target, wait, payload, twice }) => {
          fresh();
          clock.advance(wait);
          const ids = storeOrders(api.backend)
            .map((o) => o.id)
            .sort();
          const id = idAt(ids, target);
          for (let attempt = 0; attempt < (twice ? 2 : 1); attempt += 1) {
            const before = orderNow(id);
            const everything = snapshot(api.backend);
            const answer = await send('POST /orders/:id/cancel', `/orders/${encodeId(id)}/cancel`, payload);
            if (!before) {
              expectError(answer, 'not_found');
              continue;
            }
            const inWindow = before.paidAt !== null && clock.nowMs < Date.parse(before.paidAt) + 2 * HOUR;
            if (before.status === 'unfulfilled' && inWindow) {
              const after = expectSuccess(answer, orderResponseSchema);
              expect(after.status).toBe('cancelled');
              expect(after.version).toBe(before.version + 1);
              expect({
                ...after,
                status: before.status,
                version: before.version,
                refundRequests: before.refundRequests,
              }).toEqual(before);
              expect(after.refundRequests.slice(0, -1)).toEqual(before.refundRequests);
              const record = after.refundRequests.at(-1);
              expect(record?.status).toBe('approved');
              expect(
                record?.estimate.kind === 'estimate' && record.estimate.totalCents,
                'a free cancel refunds everything',
              ).toBe(before.totalCents);
              expect(orderNow(id)).toEqual(after);
              everything.set(id, orderNow(id) as Order);
            } else {
              const expected = before.status === 'unfulfilled' ? 'cancel_window_closed' : 'not_cancellable';
              expectError(answer, expected);
            }
            expectStoreUnchanged(everything, `cancel touches only its order: ${answer.request}`);
          }
          checkStore(api.backend);
        }),
        { seed: 707, numRuns: 350 },
      );
    },
  );
});

// =============================================================================================
// POST /api/orders/:id/refund-requests

type ItemIdPick = { kind: 'known'; index: number } | { kind: 'unknown'; id: string };
type RefundBodyPlan =
  | {
      kind: 'valid';
      reason: string;
      note: string | null;
      itemIds: ItemIdPick[] | null;
      mutation: Parameters<typeof mutate>[1] | null;
    }
  | { kind: 'raw'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'none' };

const refundBodyArb: fc.Arbitrary<RefundBodyPlan> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('valid' as const),
      reason: fc.oneof(
        { arbitrary: fc.constantFrom(...REFUND_REASONS), weight: 9 },
        fc.constantFrom('refund', 'OTHER', ''),
      ),
      note: fc.option(fc.constantFrom('', '   ', 'The parcel arrived crushed', 'n'.repeat(1000), 'n'.repeat(1001)), {
        freq: 2,
      }),
      itemIds: fc.option(
        fc.array(
          fc.oneof(
            { arbitrary: fc.record({ kind: fc.constant('known' as const), index: fc.nat() }), weight: 4 },
            fc.record({
              kind: fc.constant('unknown' as const),
              id: fc.oneof(unknownIdArb, fc.constant('i'.repeat(65))),
            }),
          ),
          { maxLength: 5 },
        ),
        { freq: 2 },
      ),
      mutation: rarely(mutationArb, 6),
    }),
    weight: 10,
  },
  { arbitrary: fc.record({ kind: fc.constant('raw' as const), value: anyJson }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('text' as const), text: textBodyArb }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'none' as const }), weight: 1 },
);

/** No header, an empty one, a few reused keys (so replays happen), fresh UUIDs, any printable key. */
const idempotencyKeyArb = fc.oneof(
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: fc.constantFrom('key-1', 'key-2', ''), weight: 4 },
  { arbitrary: fc.uuid(), weight: 2 },
  // Whitespace at either end is the subject of its own property below.
  {
    arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter((k) => k.trim() === k),
    weight: 1,
  },
);

function buildRefundBody(order: Order | undefined, plan: RefundBodyPlan): Payload {
  switch (plan.kind) {
    case 'valid': {
      const body: Record<string, unknown> = { reason: plan.reason };
      if (plan.note !== null) body.note = plan.note;
      if (plan.itemIds !== null) {
        const items = order?.items ?? [];
        body.itemIds = plan.itemIds.map((pick) =>
          pick.kind === 'known' && items.length > 0
            ? (items[pick.index % items.length] as LineItem).id
            : pick.kind === 'unknown'
              ? pick.id
              : 'itm_none',
        );
      }
      return { json: plan.mutation ? mutate(body, plan.mutation) : body };
    }
    case 'raw':
      return { json: plan.value };
    case 'text':
      return { text: plan.text };
    case 'none':
      return { none: true };
  }
}

describe('POST /api/orders/:id/refund-requests with and without an Idempotency-Key', () => {
  it('answers the precise code, replays a carried-out request by its key, never 5xx', TIMEOUT, async () => {
    const stepArb = fc.record({ target: recentTargetArb, body: refundBodyArb, key: idempotencyKeyArb });
    const plan = fc.record({
      wait: fc.constantFrom(0, 0, 3 * HOUR, 72 * HOUR),
      steps: fc.array(stepArb, { minLength: 1, maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(plan, async ({ wait, steps }) => {
        fresh();
        clock.advance(wait);
        const ids = storeOrders(api.backend)
          .map((o) => o.id)
          .sort();
        const remembered = new Map<string, { status: number; body: unknown }>();
        for (const step of steps) {
          const id = idAt(ids, step.target);
          const before = orderNow(id);
          const everything = snapshot(api.backend);
          const headers: Record<string, string> = step.key === null ? {} : { 'Idempotency-Key': step.key };
          const answer = await send(
            'POST /orders/:id/refund-requests',
            `/orders/${encodeId(id)}/refund-requests`,
            buildRefundBody(before, step.body),
            { headers },
          );
          if (expectRejectedIfMalformed(answer, refundRequestBodySchema)) {
            expectStoreUnchanged(everything, `a refused refund request changes nothing: ${answer.request}`);
            continue;
          }
          const body = refundRequestBodySchema.parse(
            (answer.received as { value: unknown }).value,
          ) as RefundRequestBody;
          const key = step.key ?? '';
          if (key === '') {
            expectError(answer, 'bad_request');
            expectStoreUnchanged(everything, 'no key, no request');
            continue;
          }
          const replay = remembered.get(`${id}\u0000${key}`);
          if (replay) {
            checkAnswer(answer);
            expect(
              { status: answer.status, body: answer.body },
              `a replayed key gets the first answer: ${answer.request}`,
            ).toEqual(replay);
            expectStoreUnchanged(everything, 'a replay changes nothing');
            continue;
          }
          if (!before) {
            expectError(answer, 'not_found');
            continue;
          }
          const pending = before.refundRequests.some((r) => r.status === 'pending');
          const itemIds = body.itemIds ?? [];
          const known = new Set(before.items.map((i) => i.id));
          const badPaths = itemIds.flatMap((itemId, index) => (known.has(itemId) ? [] : [`itemIds.${index}`]));
          if (body.reason === 'other' && (body.note ?? '').trim() === '') badPaths.push('note');
          if (before.status === 'unpaid' || before.status === 'cancelled') {
            expectError(answer, 'refund_not_allowed');
          } else if (pending) {
            expectError(answer, 'refund_already_requested');
          } else if (badPaths.length > 0) {
            const error = expectError(answer, 'validation');
            expect(error.issues?.map((i) => i.path).sort()).toEqual([...badPaths].sort());
          } else {
            const result = expectSuccess(answer, refundRequestResponseSchema, 201);
            const { request, order } = result;
            expect(request.status).toBe('pending');
            expect(request.reason).toBe(body.reason);
            expect(request.note).toBe((body.note ?? '').trim());
            expect(request.itemIds).toEqual(itemIds);
            expect(order.status, 'a refund request is not a status change').toBe(before.status);
            expect(order.version).toBe(before.version + 1);
            expect({ ...order, version: before.version, refundRequests: before.refundRequests }).toEqual(before);
            expect(order.refundRequests).toEqual([...before.refundRequests, request]);
            if (before.status === 'shipped') expect(request.estimate.kind).toBe('review');
            else if (request.estimate.kind === 'estimate') {
              expect(request.estimate.totalCents, 'never refunds more than was paid').toBeLessThanOrEqual(
                before.totalCents,
              );
            } else expect.unreachable(`a ${before.status} order gets an estimate`);
            expect(orderNow(id)).toEqual(order);
            everything.set(id, orderNow(id) as Order);
            remembered.set(`${id}\u0000${key}`, { status: answer.status, body: answer.body });
          }
          expectStoreUnchanged(everything, `a refund request touches only its order: ${answer.request}`);
        }
        checkStore(api.backend);
      }),
      { seed: 808, numRuns: 380 },
    );
  });
});

describe('POST /api/orders/:id/refund-requests with whitespace around the Idempotency-Key', () => {
  /*
   * Whitespace around the Idempotency-Key is ignored, as HTTP does: a key of only spaces is no key
   * (400) and " key-1 " is the key "key-1". happy-dom's Headers keep the spaces, so they reach the
   * demo backend here (seed 909).
   */
  it('treats a blank key as no key and ignores whitespace around a key', TIMEOUT, async () => {
    const plan = fc.record({
      pad: fc.constantFrom(' ', '  ', '\t', ' \t '),
      token: fc.option(fc.constantFrom('key-1', 'abc-123')),
    });
    await fc.assert(
      fc.asyncProperty(plan, async ({ pad, token }) => {
        fresh();
        const order = storeOrders(api.backend)
          .filter((o) => o.status === 'unfulfilled' && o.refundRequests.length === 0)
          .sort((a, b) => (a.id < b.id ? -1 : 1))[0] as Order;
        const path = `/orders/${order.id}/refund-requests`;
        const body: Payload = { json: { reason: 'changed_mind' } };
        const endpoint = 'POST /orders/:id/refund-requests';
        if (token === null) {
          expectError(await send(endpoint, path, body, { headers: { 'Idempotency-Key': pad } }), 'bad_request');
          return;
        }
        const first = await send(endpoint, path, body, { headers: { 'Idempotency-Key': `${pad}${token}${pad}` } });
        expectSuccess(first, refundRequestResponseSchema, 201);
        const again = await send(endpoint, path, body, { headers: { 'Idempotency-Key': token } });
        expect({ status: again.status, body: again.body }, 'the same key, so a replay of the first answer').toEqual({
          status: first.status,
          body: first.body,
        });
      }),
      { seed: 909, numRuns: 40 },
    );
  });
});

/** The order without the fields a PATCH may change (and the totals and version that follow them). */
function apartFromWhatAPatchChanges(order: Order) {
  return {
    ...order,
    version: 0,
    customer: null,
    items: null,
    shippingAddress: null,
    shippingMethod: null,
    subtotalCents: 0,
    shippingCents: 0,
    totalCents: 0,
  };
}
