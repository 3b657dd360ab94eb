import { describe, expect, it } from 'vitest';
import {
  fieldLockedErrorSchema,
  MAX_BODY_BYTES,
  orderResponseSchema,
  validationErrorSchema,
  versionConflictErrorSchema,
} from '@/api/contract';
import { SHIPPING_RATES_CENTS, type Order, type OrderStatus } from '@/domain';
import { call, expectBody, expectError, getOrder, takeOrder } from './support/http';
import { BASE_URL } from './support/target';
import { validDraft } from '../support/drafts';

async function createOrder(overrides = {}): Promise<Order> {
  return expectBody(await call('POST', '/orders', { json: validDraft(overrides) }), 201, orderResponseSchema);
}

const patch = (order: Order, changes: Record<string, unknown>) =>
  call('PATCH', `/orders/${order.id}`, { json: { version: order.version, ...changes } });

const PAID_LOCKED: OrderStatus[] = ['in_production', 'fulfilled', 'shipped', 'cancelled'];

export function writeContract() {
  describe('POST /api/orders', () => {
    it('creates an unpaid order at version 1, priced from the catalog plus shipping, that reads back', async () => {
      const order = await createOrder();
      expect(order.status).toBe('unpaid');
      expect(order.version).toBe(1);
      expect(order.paidAt).toBeNull();
      expect(order.shippingCents).toBe(SHIPPING_RATES_CENTS.standard);
      expect(order.totalCents).toBe(order.subtotalCents + order.shippingCents);
      expect(await getOrder(order.id)).toEqual(order);
      const next = await createOrder();
      expect(Number(next.code)).toBeGreaterThan(Number(order.code));
    });

    it('answers 422 validation naming each field that is wrong', async () => {
      const draft = validDraft();
      const answer = await call('POST', '/orders', {
        json: { ...draft, customer: { name: '', email: 'not-an-email' } },
      });
      const body = expectBody(answer, 422, validationErrorSchema);
      expect(body.issues.map((issue) => issue.path)).toEqual(
        expect.arrayContaining(['customer.name', 'customer.email']),
      );
    });

    it('answers 422 for unknown fields, over-long text and a missing body part', async () => {
      const draft = validDraft();
      for (const json of [
        { ...draft, admin: true },
        { ...draft, customer: { ...draft.customer, name: 'x'.repeat(5_000) } },
        { customer: draft.customer },
        [],
        'order',
      ]) {
        expectError(await call('POST', '/orders', { json }), 422, 'validation');
      }
    });

    it('answers 422 shipping_method_unavailable for express to a P.O. Box or with a restricted item', async () => {
      const draft = validDraft();
      const poBox = await call('POST', '/orders', {
        json: {
          ...draft,
          shippingMethod: 'express',
          shippingAddress: { ...draft.shippingAddress, line1: 'P.O. Box 12' },
        },
      });
      expectError(poBox, 422, 'shipping_method_unavailable');
      const lighter = await call('POST', '/orders', {
        json: { ...draft, shippingMethod: 'express', items: [{ productId: 'prd_windproof_lighter', quantity: 1 }] },
      });
      expectError(lighter, 422, 'shipping_method_unavailable');
    });

    it('answers 400 bad_request for a body that is not JSON or not sent as JSON, 413 when too large', async () => {
      expectError(await call('POST', '/orders', { text: '{"customer":' }), 400, 'bad_request');
      const asText = await call('POST', '/orders', {
        text: JSON.stringify(validDraft()),
        headers: { 'Content-Type': 'text/plain' },
      });
      expectError(asText, 400, 'bad_request');
      const huge = await call('POST', '/orders', { text: `{"pad":"${'x'.repeat(MAX_BODY_BYTES + 10)}"}` });
      expectError(huge, 413, 'payload_too_large');
    });
  });

  describe('PATCH /api/orders/:id', () => {
    it('changes an unpaid order anywhere and bumps its version', async () => {
      const order = await createOrder();
      const answer = await patch(order, {
        customer: { name: 'Ana Souza', email: 'ana@example.com' },
        items: [{ productId: 'prd_classic_bracelet', quantity: 3 }],
        shippingAddress: { ...order.shippingAddress, country: 'US', line1: '9 Elm Rd' },
      });
      const saved = expectBody(answer, 200, orderResponseSchema);
      expect(saved.version).toBe(order.version + 1);
      expect(saved.customer.name).toBe('Ana Souza');
      expect(saved.items.map((item) => item.quantity)).toEqual([3]);
      expect(await getOrder(order.id)).toEqual(saved);
    });

    it('answers 409 version_conflict with the current order when the version is stale', async () => {
      const order = await createOrder();
      expectBody(await patch(order, { shippingMethod: 'express' }), 200, orderResponseSchema);
      const stale = await patch(order, { shippingMethod: 'standard' });
      const body = expectBody(stale, 409, versionConflictErrorSchema);
      expect(body.code).toBe('version_conflict');
      expect(body.current.version).toBe(order.version + 1);
      expect(body.current.shippingMethod).toBe('express');
    });

    it('on a paid order before production, lets the shipping address and method change but not the country, customer or items', async () => {
      const order = await takeOrder('unfulfilled', (o) => o.shippingAddress.country === 'US');
      const moved = await patch(order, { shippingAddress: { ...order.shippingAddress, line1: '12 Oak St' } });
      const saved = expectBody(moved, 200, orderResponseSchema);
      expect(saved.shippingAddress.line1).toBe('12 Oak St');
      const locked = [
        { shippingAddress: { ...saved.shippingAddress, country: 'CA' } },
        { customer: { ...saved.customer, name: 'Someone Else' } },
        { items: [{ productId: 'prd_classic_bracelet', quantity: 9 }] },
      ];
      for (const change of locked) {
        const body = expectBody(await patch(saved, change), 422, fieldLockedErrorSchema);
        expect(body.code).toBe('field_locked');
        expect(body.fields.length).toBeGreaterThan(0);
      }
      expect((await getOrder(order.id)).version).toBe(saved.version);
    });

    it.each(PAID_LOCKED)('locks every field of a %s order', async (status) => {
      const order = await takeOrder(status);
      const body = expectBody(
        await patch(order, { shippingAddress: { ...order.shippingAddress, line1: '1 Changed St' } }),
        422,
        fieldLockedErrorSchema,
      );
      expect(body.fields).toEqual(['shippingAddress.line1']);
      expectError(
        await patch(order, { shippingMethod: order.shippingMethod === 'express' ? 'standard' : 'express' }),
        422,
        'field_locked',
      );
    });

    it('answers 422 shipping_method_unavailable when a change would send express to a P.O. Box', async () => {
      const order = await createOrder({ shippingMethod: 'express' });
      const answer = await patch(order, { shippingAddress: { ...order.shippingAddress, line1: 'PO Box 77' } });
      expectError(answer, 422, 'shipping_method_unavailable');
    });

    it('answers 404 for an order that does not exist and 422 without a version', async () => {
      expectError(await call('PATCH', '/orders/ord_999999', { json: { version: 1 } }), 404, 'not_found');
      const order = await createOrder();
      expectError(
        await call('PATCH', `/orders/${order.id}`, { json: { shippingMethod: 'express' } }),
        422,
        'validation',
      );
    });
  });
}

export function hostileInputContract() {
  describe('text no database can store', () => {
    it('answers 422 validation for a NUL or half an emoji in any text, and 404 for such an id', async () => {
      const draft = validDraft();
      for (const name of ['Ana\u0000Souza', 'Ana \uD83D Souza', '\uDE00']) {
        const answer = await call('POST', '/orders', { json: { ...draft, customer: { ...draft.customer, name } } });
        expect(expectBody(answer, 422, validationErrorSchema).issues.map((issue) => issue.path)).toEqual([
          'customer.name',
        ]);
      }
      expectError(await call('GET', `/orders?q=${encodeURIComponent('a\u0000b')}`), 422, 'validation');
      expectError(await call('GET', '/orders/%00'), 404, 'not_found');
      expectError(await call('POST', '/orders/ord_%00/cancel'), 404, 'not_found');
      const emoji = await call('POST', '/orders', {
        json: { ...draft, customer: { ...draft.customer, name: 'Ana 😀 Souza' } },
      });
      expect(expectBody(emoji, 201, orderResponseSchema).customer.name).toBe('Ana 😀 Souza');
    });
  });
}

export function crossSiteContract() {
  describe('writes from another site', () => {
    it('answer 403 forbidden without the X-Requested-With header or from a foreign Origin, and change nothing', async () => {
      const order = expectBody(await call('POST', '/orders', { json: validDraft() }), 201, orderResponseSchema);
      const attempts = [
        call('POST', '/orders/bulk-delete', { json: { ids: [order.id] }, headers: { 'X-Requested-With': '' } }),
        call('POST', '/orders/bulk-delete', { json: { ids: [order.id] }, headers: { Origin: 'http://evil.example' } }),
        call('POST', `/orders/${order.id}/cancel`, {
          text: 'a=b',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Requested-With': '' },
        }),
        call('PATCH', `/orders/${order.id}`, {
          json: { version: order.version, shippingMethod: 'express' },
          headers: { Origin: 'null' },
        }),
      ];
      for (const answer of await Promise.all(attempts)) expectError(answer, 403, 'forbidden');
      expect(await getOrder(order.id)).toEqual(order);
      const sameSite = await call('POST', '/orders/bulk-delete', {
        json: { ids: [order.id] },
        headers: { Origin: new URL(BASE_URL).origin },
      });
      expect(sameSite.status).toBe(200);
    });

    it('reads need no header', async () => {
      const answer = await call('GET', '/orders?pageSize=1', {
        headers: { 'X-Requested-With': '', Origin: 'http://evil.example' },
      });
      expect(answer.status).toBe(200);
    });
  });

  describe('an Idempotency-Key', () => {
    it('over 255 characters or with control characters is 400 bad_request, not stored', async () => {
      for (const key of ['k'.repeat(256), 'a\tb', 'caf\u00e9']) {
        const answer = await call('POST', '/orders/ord_000001/refund-requests', {
          json: { reason: 'damaged' },
          headers: { 'Idempotency-Key': key },
        });
        expectError(answer, 400, 'bad_request');
      }
    });
  });

  describe('a body nested deeper than any field', () => {
    it('is 422 validation, never a crash', async () => {
      const deep = `{"ids":${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
      expectError(await call('POST', '/orders/bulk-delete', { text: deep }), 422, 'validation');
    });
  });

  describe('a PATCH that changes nothing', () => {
    it('answers the order as it is, at the same version', async () => {
      const order = await takeOrder('shipped');
      const answer = await call('PATCH', `/orders/${order.id}`, { json: { version: order.version } });
      expect(expectBody(answer, 200, orderResponseSchema)).toEqual(order);
    });
  });
}
