import { describe, expect, it } from 'vitest';
import { fieldLockedErrorSchema, versionConflictErrorSchema } from '@/api/contract';
import { createOrder } from '@/api/orders/create-order';
import { fetchOrder } from '@/api/orders/get-order';
import { fetchOrders } from '@/api/orders/get-orders';
import { updateOrder } from '@/api/orders/update-order';
import { SHIPPING_RATES_CENTS, type Address, type Order, type OrderStatus } from '@/domain';
import { CATALOG_BY_ID } from '@/backend/seed/catalog';
import {
  allOrders,
  ANCHOR,
  apiError,
  errorBody,
  issuePaths,
  listParams,
  pickOrder,
  raw,
  SEED_ORDERS,
  setUpApi,
  createClock,
  validationIssues,
  validDraft,
} from './support';

const api = setUpApi({ seedOrders: SEED_ORDERS }, createClock());

function price(productId: string): number {
  const product = CATALOG_BY_ID.get(productId);
  if (!product) throw new Error(`${productId} is not in the catalog`);
  return product.priceCents;
}

/** A plain US street address with no restricted items: express is allowed, so method changes are free to test. */
const expressable = (order: Order) =>
  order.shippingAddress.country === 'US' &&
  /^\d+ /.test(order.shippingAddress.line1) &&
  !order.shippingAddress.line1.includes('Box') &&
  order.items.every((item) => !item.restricted);

describe('POST /api/orders', () => {
  it('creates an unpaid order, version 1, priced from the catalog plus the shipping rate', async () => {
    const before = await fetchOrders(listParams());
    const draft = validDraft();
    const order = await createOrder(draft);

    expect(order.status).toBe('unpaid');
    expect(order.version).toBe(1);
    expect(order.paidAt).toBeNull();
    expect(order.createdAt).toBe(new Date(ANCHOR).toISOString());
    expect(order.refundRequests).toEqual([]);
    expect(order.customer).toEqual(draft.customer);
    expect(order.shippingAddress).toEqual(draft.shippingAddress);
    expect(order.items.map((i) => [i.productId, i.quantity, i.unitPriceCents])).toEqual([
      ['prd_classic_bracelet', 2, price('prd_classic_bracelet')],
      ['prd_name_necklace', 1, price('prd_name_necklace')],
    ]);
    expect(order.items[1]?.personalization).toBe('Mia');
    const subtotal = 2 * price('prd_classic_bracelet') + price('prd_name_necklace');
    expect(order.subtotalCents).toBe(subtotal);
    expect(order.shippingCents).toBe(SHIPPING_RATES_CENTS.standard);
    expect(order.totalCents).toBe(subtotal + SHIPPING_RATES_CENTS.standard);

    await expect(fetchOrder(order.id)).resolves.toEqual(order);
    const after = await fetchOrders(listParams());
    expect(after.counts.unpaid).toBe(before.counts.unpaid + 1);
    expect(after.counts.all).toBe(SEED_ORDERS + 1);
    expect(after.items[0]?.id).toBe(order.id);
    expect(allOrders(api).filter((o) => o.code === order.code)).toHaveLength(1);
  });

  it('charges the express rate for express', async () => {
    const order = await createOrder(
      validDraft({ shippingMethod: 'express', items: [{ productId: 'prd_silver_chain', quantity: 3 }] }),
    );
    expect(order.subtotalCents).toBe(3 * price('prd_silver_chain'));
    expect(order.shippingCents).toBe(SHIPPING_RATES_CENTS.express);
    expect(order.totalCents).toBe(3 * price('prd_silver_chain') + SHIPPING_RATES_CENTS.express);
  });

  it('two creates get different ids and codes', async () => {
    const a = await createOrder(validDraft());
    const b = await createOrder(validDraft());
    expect(a.id).not.toBe(b.id);
    expect(a.code).not.toBe(b.code);
  });

  it('an empty email → 422 validation naming customer.email; nothing is created', async () => {
    const draft = validDraft({ customer: { name: 'No Mail', email: '' } });
    const error = await apiError(createOrder(draft));
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.path)).toContain('customer.email');
    expect((await fetchOrders(listParams())).counts.all).toBe(SEED_ORDERS);
  });

  it('a malformed email → 422 validation naming customer.email', async () => {
    const error = await apiError(createOrder(validDraft({ customer: { name: 'Bad Mail', email: 'bad@mail' } })));
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.path)).toEqual(['customer.email']);
  });

  it('a missing email field (raw) → 422 validation naming customer.email', async () => {
    const draft = validDraft();
    const response = await raw('POST', '/orders', { json: { ...draft, customer: { name: draft.customer.name } } });
    expect(response.status).toBe(422);
    expect(issuePaths(validationIssues(response))).toContain('customer.email');
  });

  it('a field over its limit → 422 validation in merchant words, naming the field', async () => {
    const draft = validDraft();
    const response = await raw('POST', '/orders', {
      json: { ...draft, shippingAddress: { ...draft.shippingAddress, line1: 'x'.repeat(121) } },
    });
    expect(response.status).toBe(422);
    expect(validationIssues(response)).toEqual([
      { path: 'shippingAddress.line1', message: 'Use at most 120 characters' },
    ]);
    expect(response.body).toMatchObject({ message: 'Address line 1: Use at most 120 characters' });
  });

  it('a bad US ZIP → 422 validation naming shippingAddress.postalCode', async () => {
    const draft = validDraft();
    const error = await apiError(
      createOrder({ ...draft, shippingAddress: { ...draft.shippingAddress, postalCode: '9410' } }),
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.path)).toEqual(['shippingAddress.postalCode']);
  });

  it('every problem is reported at once, by path', async () => {
    const draft = validDraft();
    const error = await apiError(
      createOrder({
        ...draft,
        customer: { name: ' ', email: '' },
        shippingAddress: { ...draft.shippingAddress, city: '', region: 'ZZ', postalCode: 'abcde' },
      }),
    );
    expect(error.issues.map((i) => i.path).sort()).toEqual(
      [
        'customer.email',
        'customer.name',
        'shippingAddress.city',
        'shippingAddress.postalCode',
        'shippingAddress.region',
      ].sort(),
    );
  });

  it('an unknown productId → 422 validation naming items.0.productId', async () => {
    const error = await apiError(createOrder(validDraft({ items: [{ productId: 'prd_nope', quantity: 1 }] })));
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.path)).toContain('items.0.productId');
  });

  it('a personalized product without its text → 422 validation naming items.0.personalization', async () => {
    const error = await apiError(
      createOrder(validDraft({ items: [{ productId: 'prd_photo_watch', quantity: 1, personalization: '  ' }] })),
    );
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.path)).toContain('items.0.personalization');
  });

  it.each(['PO Box 12', 'P.O. Box 12', 'Post Office Box 12', 'POB 12'])(
    'express to "%s" → 422 shipping_method_unavailable; nothing is created',
    async (line1) => {
      const draft = validDraft({ shippingMethod: 'express' });
      const error = await apiError(createOrder({ ...draft, shippingAddress: { ...draft.shippingAddress, line1 } }));
      expect(error.status).toBe(422);
      expect(error.code).toBe('shipping_method_unavailable');
      expect(error.message).toMatch(/P\.O\. Box/);
      expect((await fetchOrders(listParams())).counts.all).toBe(SEED_ORDERS);
    },
  );

  it('express with a P.O. Box in line 2 → 422 shipping_method_unavailable', async () => {
    const draft = validDraft({ shippingMethod: 'express' });
    const error = await apiError(
      createOrder({ ...draft, shippingAddress: { ...draft.shippingAddress, line2: 'PO Box 12' } }),
    );
    expect(error.code).toBe('shipping_method_unavailable');
  });

  it('express to "Box Elder St" (a street, not a P.O. Box) is fine', async () => {
    const draft = validDraft({ shippingMethod: 'express' });
    const order = await createOrder({
      ...draft,
      shippingAddress: { ...draft.shippingAddress, line1: '12 Box Elder St' },
    });
    expect(order.shippingMethod).toBe('express');
  });

  it('express with a restricted product (prd_windproof_lighter) → 422 shipping_method_unavailable', async () => {
    const error = await apiError(
      createOrder(
        validDraft({
          shippingMethod: 'express',
          items: [
            { productId: 'prd_murano_bead', quantity: 1 },
            { productId: 'prd_windproof_lighter', quantity: 1 },
          ],
        }),
      ),
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe('shipping_method_unavailable');
    expect(error.message).toContain('Windproof Lighter');
  });

  it('the same restricted product by standard shipping is fine', async () => {
    const order = await createOrder(validDraft({ items: [{ productId: 'prd_windproof_lighter', quantity: 1 }] }));
    expect(order.shippingMethod).toBe('standard');
  });

  it('an unknown extra field (raw) → 422 validation', async () => {
    const response = await raw('POST', '/orders', { json: { ...validDraft(), status: 'shipped' } });
    expect(response.status).toBe(422);
    expect(validationIssues(response).length).toBeGreaterThan(0);
    const nested = await raw('POST', '/orders', {
      json: { ...validDraft(), customer: { name: 'A B', email: 'a@example.com', vip: true } },
    });
    expect(nested.status).toBe(422);
    expect(errorBody(nested).code).toBe('validation');
  });

  it('a non-JSON body (raw) → 400', async () => {
    const response = await raw('POST', '/orders', { text: 'customer=zoe' });
    expect(response.status).toBe(400);
    expect(errorBody(response).code).toBe('bad_request');
  });
});

describe('PATCH /api/orders/:id on a paid order not yet in production (unfulfilled)', () => {
  it('changes line 1 and the method: 200, version bumps, a reload shows it, the price does not change', async () => {
    const order = pickOrder(api, 'unfulfilled', (o) => expressable(o) && o.shippingMethod === 'standard');
    const shippingAddress: Address = { ...order.shippingAddress, line1: '1 Infinite Loop' };
    const saved = await updateOrder({
      id: order.id,
      body: { version: order.version, shippingAddress, shippingMethod: 'express' },
    });

    expect(saved.version).toBe(order.version + 1);
    expect(saved.shippingAddress.line1).toBe('1 Infinite Loop');
    expect(saved.shippingMethod).toBe('express');
    expect(saved.status).toBe('unfulfilled');
    // Changing address or method before production costs nothing.
    expect(saved.totalCents).toBe(order.totalCents);
    expect(saved.items).toEqual(order.items);
    await expect(fetchOrder(order.id)).resolves.toEqual(saved);
  });

  it('changing the country → 422 field_locked naming shippingAddress.country; the order is unchanged', async () => {
    const order = pickOrder(api, 'unfulfilled', (o) => o.shippingAddress.country === 'US');
    const error = await apiError(
      updateOrder({
        id: order.id,
        body: {
          version: order.version,
          shippingAddress: { ...order.shippingAddress, country: 'CA', region: 'ON', postalCode: 'M5H 2N2' },
        },
      }),
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe('field_locked');
    expect(error.details.fields).toEqual(['shippingAddress.country']);
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('a locked change is refused whole: the allowed fields sent with it are not saved either', async () => {
    const order = pickOrder(api, 'unfulfilled', (o) => o.shippingAddress.country === 'US');
    const error = await apiError(
      updateOrder({
        id: order.id,
        body: {
          version: order.version,
          shippingAddress: { ...order.shippingAddress, line1: '9 Elsewhere Rd', country: 'FR' },
        },
      }),
    );
    expect(error.code).toBe('field_locked');
    expect(error.details.fields).toEqual(['shippingAddress.country']);
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('changing the customer email → 422 field_locked naming customer.email (raw body checked too)', async () => {
    const order = pickOrder(api, 'unfulfilled');
    const body = { version: order.version, customer: { ...order.customer, email: 'someone.else@example.com' } };
    const error = await apiError(updateOrder({ id: order.id, body }));
    expect(error.status).toBe(422);
    expect(error.code).toBe('field_locked');
    expect(error.details.fields).toEqual(['customer.email']);

    const response = await raw('PATCH', `/orders/${order.id}`, { json: body });
    expect(response.status).toBe(422);
    const locked = fieldLockedErrorSchema.parse(response.body);
    expect(locked.code).toBe('field_locked');
    expect(locked.fields).toEqual(['customer.email']);
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('changing the items → 422 field_locked naming items', async () => {
    const order = pickOrder(api, 'unfulfilled');
    const items = order.items.map((item) => ({
      id: item.id,
      productId: item.productId,
      quantity: item.quantity + 1,
      personalization: item.personalization,
    }));
    const error = await apiError(updateOrder({ id: order.id, body: { version: order.version, items } }));
    expect(error.code).toBe('field_locked');
    expect(error.details.fields).toEqual(['items']);
  });

  it('unchanged locked values sent along with an allowed change → 200, not locked', async () => {
    const order = pickOrder(api, 'unfulfilled', (o) => o.shippingAddress.country === 'US');
    const items = order.items.map((item) => ({
      id: item.id,
      productId: item.productId,
      quantity: item.quantity,
      personalization: item.personalization,
    }));
    const saved = await updateOrder({
      id: order.id,
      body: {
        version: order.version,
        customer: { ...order.customer },
        items,
        shippingAddress: { ...order.shippingAddress, line2: 'Suite 300' },
        shippingMethod: order.shippingMethod,
      },
    });
    expect(saved.version).toBe(order.version + 1);
    expect(saved.shippingAddress.line2).toBe('Suite 300');
    expect(saved.customer).toEqual(order.customer);
    expect(saved.items).toEqual(order.items);
    expect(saved.totalCents).toBe(order.totalCents);
  });

  // A form need not echo line-item ids back. Items that are unchanged (so not "locked") must stay
  // exactly what was paid for: same line ids (refund requests name items by id), same prices.
  it('unchanged items sent without their ids leave the paid line items exactly as they were', async () => {
    const order = pickOrder(api, 'unfulfilled', (o) => o.shippingAddress.country === 'US');
    const items = order.items.map((item) => ({
      productId: item.productId,
      quantity: item.quantity,
      personalization: item.personalization,
    }));
    const saved = await updateOrder({
      id: order.id,
      body: { version: order.version, items, shippingAddress: { ...order.shippingAddress, line2: 'Unit 7' } },
    });
    expect(saved.shippingAddress.line2).toBe('Unit 7');
    expect(saved.items).toEqual(order.items);
  });

  it('express on a P.O. Box address → 422 shipping_method_unavailable', async () => {
    const order = pickOrder(api, 'unfulfilled', (o) => expressable(o) && o.shippingMethod === 'standard');
    const error = await apiError(
      updateOrder({
        id: order.id,
        body: {
          version: order.version,
          shippingAddress: { ...order.shippingAddress, line1: 'PO Box 12' },
          shippingMethod: 'express',
        },
      }),
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe('shipping_method_unavailable');
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('express on an order holding a restricted product → 422 shipping_method_unavailable', async () => {
    const order = pickOrder(
      api,
      'unfulfilled',
      (o) => o.items.some((i) => i.restricted) && o.shippingMethod === 'standard',
    );
    const error = await apiError(
      updateOrder({ id: order.id, body: { version: order.version, shippingMethod: 'express' } }),
    );
    expect(error.code).toBe('shipping_method_unavailable');
  });

  it('a bad ZIP → 422 validation naming shippingAddress.postalCode', async () => {
    const order = pickOrder(api, 'unfulfilled', (o) => o.shippingAddress.country === 'US');
    const error = await apiError(
      updateOrder({
        id: order.id,
        body: { version: order.version, shippingAddress: { ...order.shippingAddress, postalCode: '1234' } },
      }),
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.path)).toEqual(['shippingAddress.postalCode']);
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('a ZIP of another state → 422 validation at the ZIP, in words', async () => {
    const order = pickOrder(api, 'unfulfilled', (o) => o.shippingAddress.region === 'NY');
    const error = await apiError(
      updateOrder({
        id: order.id,
        body: { version: order.version, shippingAddress: { ...order.shippingAddress, postalCode: '94107' } },
      }),
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation');
    expect(error.issues).toEqual([
      {
        path: 'shippingAddress.postalCode',
        message: 'ZIP code 94107 is in California, not New York. Check the ZIP code and the state.',
      },
    ]);
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });
});

describe('PATCH /api/orders/:id: version', () => {
  it('a stale version → 409 version_conflict whose details.current is the current order', async () => {
    const order = pickOrder(api, 'unfulfilled', (o) => o.shippingAddress.country === 'US');
    const first = await updateOrder({
      id: order.id,
      body: { version: order.version, shippingAddress: { ...order.shippingAddress, line2: 'Floor 2' } },
    });

    const error = await apiError(
      updateOrder({
        id: order.id,
        body: { version: order.version, shippingAddress: { ...order.shippingAddress, line2: 'Floor 3' } },
      }),
    );
    expect(error.status).toBe(409);
    expect(error.code).toBe('version_conflict');
    expect(error.details.current).toEqual(first);
    await expect(fetchOrder(order.id)).resolves.toEqual(first);

    const response = await raw('PATCH', `/orders/${order.id}`, {
      json: { version: order.version, shippingMethod: 'standard' },
    });
    expect(response.status).toBe(409);
    expect(versionConflictErrorSchema.parse(response.body).current).toEqual(first);
  });

  it('a version from the future is a conflict too', async () => {
    const order = pickOrder(api, 'unpaid');
    const error = await apiError(updateOrder({ id: order.id, body: { version: order.version + 5 } }));
    expect(error.code).toBe('version_conflict');
  });

  it('a body without a version (raw) → 422 validation naming version', async () => {
    const order = pickOrder(api, 'unpaid');
    const response = await raw('PATCH', `/orders/${order.id}`, { json: { shippingMethod: 'standard' } });
    expect(response.status).toBe(422);
    expect(issuePaths(validationIssues(response))).toContain('version');
  });

  it('a status in the body (raw) → 422 validation: status is not a field you PATCH', async () => {
    const order = pickOrder(api, 'unpaid');
    const response = await raw('PATCH', `/orders/${order.id}`, { json: { version: order.version, status: 'shipped' } });
    expect(response.status).toBe(422);
    expect(errorBody(response).code).toBe('validation');
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('a non-JSON body (raw) → 400', async () => {
    const order = pickOrder(api, 'unpaid');
    const response = await raw('PATCH', `/orders/${order.id}`, { text: '{version: 1' });
    expect(response.status).toBe(400);
    expect(errorBody(response).code).toBe('bad_request');
  });

  it('an unknown id → 404 not_found', async () => {
    const error = await apiError(updateOrder({ id: 'ord_nope', body: { version: 1 } }));
    expect(error.status).toBe(404);
    expect(error.code).toBe('not_found');
  });
});

describe('PATCH /api/orders/:id once in production or later: everything locked', () => {
  const closed: Exclude<OrderStatus, 'unpaid' | 'unfulfilled'>[] = [
    'in_production',
    'fulfilled',
    'shipped',
    'cancelled',
  ];

  it.each(closed)('%s: a new line 1 → 422 field_locked naming shippingAddress.line1', async (status) => {
    const order = pickOrder(api, status);
    const error = await apiError(
      updateOrder({
        id: order.id,
        body: { version: order.version, shippingAddress: { ...order.shippingAddress, line1: '77 New Rd' } },
      }),
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe('field_locked');
    expect(error.details.fields).toEqual(['shippingAddress.line1']);
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('in_production: the method, phone and customer name are each locked', async () => {
    const order = pickOrder(api, 'in_production', (o) => o.shippingMethod === 'standard');
    const method = await apiError(
      updateOrder({ id: order.id, body: { version: order.version, shippingMethod: 'express' } }),
    );
    expect(method.code).toBe('field_locked');
    expect(method.details.fields).toEqual(['shippingMethod']);

    const phone = await apiError(
      updateOrder({
        id: order.id,
        body: { version: order.version, shippingAddress: { ...order.shippingAddress, phone: '+1 555 000 0000' } },
      }),
    );
    expect(phone.details.fields).toEqual(['shippingAddress.phone']);

    const name = await apiError(
      updateOrder({
        id: order.id,
        body: { version: order.version, customer: { ...order.customer, name: 'New Name' } },
      }),
    );
    expect(name.details.fields).toEqual(['customer.name']);
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('in_production: every changed field is named at once', async () => {
    const order = pickOrder(api, 'in_production', (o) => o.shippingAddress.country === 'US');
    const error = await apiError(
      updateOrder({
        id: order.id,
        body: {
          version: order.version,
          shippingAddress: { ...order.shippingAddress, city: 'Austin', country: 'CA' },
          customer: { ...order.customer, email: 'x@example.com' },
        },
      }),
    );
    expect(error.code).toBe('field_locked');
    expect([...(error.details.fields as string[])].sort()).toEqual(
      ['customer.email', 'shippingAddress.city', 'shippingAddress.country'].sort(),
    );
  });
});

describe('PATCH /api/orders/:id on an unpaid order: everything editable', () => {
  it('a new quantity reprices the subtotal and total; the line keeps its id', async () => {
    const order = pickOrder(api, 'unpaid', (o) => o.items.length >= 1);
    const items = order.items.map((item, index) => ({
      id: item.id,
      productId: item.productId,
      quantity: index === 0 ? item.quantity + 2 : item.quantity,
      personalization: item.personalization,
    }));
    const saved = await updateOrder({ id: order.id, body: { version: order.version, items } });

    const subtotal = items.reduce((sum, item) => sum + price(item.productId) * item.quantity, 0);
    expect(saved.version).toBe(order.version + 1);
    expect(saved.items.map((i) => i.quantity)).toEqual(items.map((i) => i.quantity));
    expect(saved.items[0]?.id).toBe(order.items[0]?.id);
    expect(saved.subtotalCents).toBe(subtotal);
    expect(saved.shippingCents).toBe(SHIPPING_RATES_CENTS[order.shippingMethod]);
    expect(saved.totalCents).toBe(subtotal + SHIPPING_RATES_CENTS[order.shippingMethod]);
    expect(saved.totalCents).toBe(order.totalCents + 2 * price(order.items[0]?.productId ?? ''));
    await expect(fetchOrder(order.id)).resolves.toEqual(saved);
  });

  it('new items, customer, country and method are all accepted and repriced', async () => {
    const order = pickOrder(api, 'unpaid');
    const saved = await updateOrder({
      id: order.id,
      body: {
        version: order.version,
        customer: { name: 'Renée Lefèvre', email: 'renee@example.com' },
        items: [{ productId: 'prd_murano_bead', quantity: 4 }],
        shippingAddress: {
          name: 'Renée Lefèvre',
          line1: '1 Rue de la République',
          line2: '',
          city: 'Lyon',
          region: '',
          postalCode: '69001',
          country: 'FR',
          phone: '',
        },
        shippingMethod: 'express',
      },
    });
    expect(saved.customer.email).toBe('renee@example.com');
    expect(saved.shippingAddress.country).toBe('FR');
    expect(saved.items.map((i) => [i.productId, i.quantity])).toEqual([['prd_murano_bead', 4]]);
    expect(saved.subtotalCents).toBe(4 * price('prd_murano_bead'));
    expect(saved.shippingCents).toBe(SHIPPING_RATES_CENTS.express);
    expect(saved.totalCents).toBe(4 * price('prd_murano_bead') + SHIPPING_RATES_CENTS.express);
  });

  it('a bad ZIP → 422 validation naming shippingAddress.postalCode', async () => {
    const order = pickOrder(api, 'unpaid', (o) => o.shippingAddress.country === 'US');
    const error = await apiError(
      updateOrder({
        id: order.id,
        body: { version: order.version, shippingAddress: { ...order.shippingAddress, postalCode: '941O7' } },
      }),
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.path)).toEqual(['shippingAddress.postalCode']);
  });

  it('an unknown product → 422 validation naming items.0.productId', async () => {
    const order = pickOrder(api, 'unpaid');
    const error = await apiError(
      updateOrder({ id: order.id, body: { version: order.version, items: [{ productId: 'prd_ghost', quantity: 1 }] } }),
    );
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.path)).toEqual(['items.0.productId']);
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });

  it('adding a lighter to an express order → 422 shipping_method_unavailable', async () => {
    const order = await createOrder(validDraft({ shippingMethod: 'express' }));
    const error = await apiError(
      updateOrder({
        id: order.id,
        body: {
          version: order.version,
          items: [
            ...order.items.map((i) => ({
              id: i.id,
              productId: i.productId,
              quantity: i.quantity,
              personalization: i.personalization,
            })),
            { productId: 'prd_windproof_lighter', quantity: 1 },
          ],
        },
      }),
    );
    expect(error.code).toBe('shipping_method_unavailable');
    await expect(fetchOrder(order.id)).resolves.toEqual(order);
  });
});
