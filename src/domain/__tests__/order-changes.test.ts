import { describe, it, expect } from 'vitest';
import { orderSchema, type LineItem, type Order, type Product } from '@/domain/model';
import {
  applyChanges,
  changedFields,
  lockedChanges,
  personalizationIssue,
  resolveItems,
  shippingMethodIssue,
} from '@/domain/order-changes';
import type { LineItemInput, OrderChanges } from '@/domain/order-input';
import { SHIPPING_RATES_CENTS } from '@/domain/shipping';
import { orderTotals } from '@/domain/totals';
import { makeAddress, makeItem, makeLighterItem, makeOrder, makePersonalizedItem, makeProduct } from './fixtures';

/** The changes a form would send when the merchant touched nothing. */
function unchanged(order: Order): Required<OrderChanges> {
  return {
    customer: { ...order.customer },
    items: order.items.map((item): LineItemInput => ({
      id: item.id,
      productId: item.productId,
      quantity: item.quantity,
      ...(item.personalization === undefined ? {} : { personalization: item.personalization }),
    })),
    shippingAddress: { ...order.shippingAddress },
    shippingMethod: order.shippingMethod,
  };
}

describe('fixtures', () => {
  it.each(['unpaid', 'unfulfilled', 'in_production', 'shipped'] as const)(
    'makeOrder(%s) is a valid Order',
    (status) => {
      const order = makeOrder({ status, items: [makeItem(), makePersonalizedItem()] });
      expect(orderSchema.parse(order)).toEqual(order);
      expect(order.totalCents).toBe(2500 + 1999 + 499);
    },
  );
});

describe('lockedChanges', () => {
  const items = [makeItem(), makePersonalizedItem()];

  it.each(['unpaid', 'unfulfilled', 'in_production', 'fulfilled', 'shipped', 'cancelled'] as const)(
    '%s: unchanged values sent for every field are not reported',
    (status) => {
      const order = makeOrder({ status, items });
      expect(lockedChanges(order, unchanged(order))).toEqual([]);
      expect(changedFields(order, unchanged(order))).toEqual([]);
    },
  );

  it('an empty change set reports nothing', () => {
    expect(lockedChanges(makeOrder({ status: 'shipped' }), {})).toEqual([]);
  });

  it('unfulfilled: changing country is locked', () => {
    const order = makeOrder({ status: 'unfulfilled', items });
    const changes = {
      ...unchanged(order),
      shippingAddress: makeAddress({ country: 'CA', region: 'ON', postalCode: 'K1A 0B1' }),
    };
    expect(lockedChanges(order, changes)).toEqual(['shippingAddress.country']);
  });

  it.each([
    ['street', { shippingAddress: makeAddress({ line1: '500 Howard St' }) }],
    [
      'every address field but country',
      {
        shippingAddress: makeAddress({
          name: 'Bo',
          line1: '1 A St',
          line2: 'Apt 2',
          city: 'Oakland',
          region: 'NV',
          postalCode: '89501',
          phone: '+1 775 555 0100',
        }),
      },
    ],
    ['shipping method', { shippingMethod: 'express' }],
  ] satisfies [string, OrderChanges][])('unfulfilled: changing %s → nothing locked', (_label, changes) => {
    const order = makeOrder({ status: 'unfulfilled', items });
    expect(lockedChanges(order, { ...unchanged(order), ...changes })).toEqual([]);
  });

  it('unfulfilled: changing items → ["items"]', () => {
    const order = makeOrder({ status: 'unfulfilled', items });
    const next = unchanged(order);
    const changes: OrderChanges = {
      ...next,
      items: next.items.map((i, idx) => (idx === 0 ? { ...i, quantity: 2 } : i)),
    };
    expect(lockedChanges(order, changes)).toEqual(['items']);
  });

  it.each([
    [
      'quantity',
      [
        { productId: 'p-bracelet', quantity: 3 },
        { productId: 'p-necklace', quantity: 1, personalization: 'Anna' },
      ],
    ],
    [
      'personalization',
      [
        { productId: 'p-bracelet', quantity: 1 },
        { productId: 'p-necklace', quantity: 1, personalization: 'Bea' },
      ],
    ],
    [
      'product',
      [
        { productId: 'p-mug', quantity: 1 },
        { productId: 'p-necklace', quantity: 1, personalization: 'Anna' },
      ],
    ],
    ['one removed', [{ productId: 'p-bracelet', quantity: 1 }]],
  ] satisfies [string, LineItemInput[]][])('unfulfilled: items changed (%s) → ["items"]', (_label, nextItems) => {
    expect(lockedChanges(makeOrder({ status: 'unfulfilled', items }), { items: nextItems })).toEqual(['items']);
  });

  it('unfulfilled: customer email → ["customer.email"]', () => {
    const order = makeOrder({ status: 'unfulfilled' });
    expect(lockedChanges(order, { customer: { ...order.customer, email: 'new@example.com' } })).toEqual([
      'customer.email',
    ]);
  });

  it('unfulfilled: customer name and email → both paths', () => {
    const order = makeOrder({ status: 'unfulfilled' });
    expect(lockedChanges(order, { customer: { name: 'Bo', email: 'bo@example.com' } })).toEqual([
      'customer.name',
      'customer.email',
    ]);
  });

  it('unpaid: everything may change', () => {
    const order = makeOrder({ status: 'unpaid', items });
    const changes: OrderChanges = {
      customer: { name: 'Bo', email: 'bo@example.com' },
      items: [{ productId: 'p-mug', quantity: 4 }],
      shippingAddress: makeAddress({ country: 'GB', region: '', postalCode: 'SW1A 1AA', line1: '10 Downing St' }),
      shippingMethod: 'express',
    };
    expect(lockedChanges(order, changes)).toEqual([]);
    expect(changedFields(order, changes).map((c) => c.path)).toEqual([
      'items',
      'customer.name',
      'customer.email',
      'shippingAddress.country',
      'shippingAddress.line1',
      'shippingAddress.region',
      'shippingAddress.postalCode',
      'shippingMethod',
    ]);
  });

  it.each(['in_production', 'fulfilled', 'shipped', 'cancelled'] as const)(
    '%s: every changed path is listed',
    (status) => {
      const order = makeOrder({ status, items });
      const changes: OrderChanges = {
        customer: { ...order.customer, name: 'Bo' },
        items: [{ productId: 'p-mug', quantity: 1 }],
        shippingAddress: makeAddress({ country: 'CA', line1: '1 A St', phone: '' }),
        shippingMethod: 'express',
      };
      expect(lockedChanges(order, changes)).toEqual([
        'items',
        'customer.name',
        'shippingAddress.country',
        'shippingAddress.line1',
        'shippingAddress.phone',
        'shippingMethod',
      ]);
    },
  );

  it.each(['in_production', 'fulfilled', 'shipped', 'cancelled'] as const)(
    '%s: a street change alone is locked',
    (status) => {
      const order = makeOrder({ status });
      expect(lockedChanges(order, { shippingAddress: makeAddress({ line1: '500 Howard St' }) })).toEqual([
        'shippingAddress.line1',
      ]);
    },
  );
});

describe('resolveItems', () => {
  const catalog = new Map<string, Product>([
    ['p-bracelet', makeProduct()],
    ['p-necklace', makeProduct({ id: 'p-necklace', name: 'Name Necklace', priceCents: 3999, kind: 'personalized' })],
    ['p-lighter', makeProduct({ id: 'p-lighter', name: 'Lighter', priceCents: 1200, restricted: true })],
  ]);
  const idMaker = () => {
    let n = 0;
    return () => `new-${++n}`;
  };

  it('prices lines from the catalog', () => {
    const result = resolveItems(
      [
        { productId: 'p-bracelet', quantity: 2 },
        { productId: 'p-necklace', quantity: 1, personalization: '  Anna  ' },
        { productId: 'p-lighter', quantity: 1 },
      ],
      catalog,
      idMaker(),
    );
    expect(result).toEqual({
      items: [
        {
          id: 'new-1',
          productId: 'p-bracelet',
          name: 'Classic Bracelet',
          unitPriceCents: 2500,
          quantity: 2,
          kind: 'standard',
          restricted: false,
        },
        {
          id: 'new-2',
          productId: 'p-necklace',
          name: 'Name Necklace',
          unitPriceCents: 3999,
          quantity: 1,
          kind: 'personalized',
          restricted: false,
          personalization: 'Anna',
        },
        {
          id: 'new-3',
          productId: 'p-lighter',
          name: 'Lighter',
          unitPriceCents: 1200,
          quantity: 1,
          kind: 'standard',
          restricted: true,
        },
      ],
      issues: [],
    });
  });

  it('drops personalization on a standard product', () => {
    const { items } = resolveItems(
      [{ productId: 'p-bracelet', quantity: 1, personalization: 'x' }],
      catalog,
      idMaker(),
    );
    expect(items[0]).not.toHaveProperty('personalization');
  });

  it('reports an unknown product by its index and leaves it out', () => {
    const result = resolveItems(
      [
        { productId: 'p-bracelet', quantity: 1 },
        { productId: 'p-ghost', quantity: 1 },
      ],
      catalog,
      idMaker(),
    );
    expect(result.issues).toEqual([{ path: 'items.1.productId', message: 'Choose a product from the catalog' }]);
    expect(result.items.map((i) => i.productId)).toEqual(['p-bracelet']);
  });

  it.each([undefined, '', '   '])(
    'reports missing personalization (%j) on a personalized product',
    (personalization) => {
      const input: LineItemInput =
        personalization === undefined
          ? { productId: 'p-necklace', quantity: 1 }
          : { productId: 'p-necklace', quantity: 1, personalization };
      const result = resolveItems([{ productId: 'p-bracelet', quantity: 1 }, input], catalog, idMaker());
      expect(result.issues).toEqual([{ path: 'items.1.personalization', message: 'Enter the personalization text' }]);
    },
  );

  it('keeps ids of existing items, reprices them from the catalog, and mints ids for new ones', () => {
    const existing: LineItem[] = [
      makeItem({ id: 'li-1', productId: 'p-bracelet', unitPriceCents: 1000 }),
      makePersonalizedItem({ id: 'li-2', productId: 'p-necklace' }),
    ];
    const result = resolveItems(
      [
        { id: 'li-1', productId: 'p-bracelet', quantity: 3 },
        { id: 'li-2', productId: 'p-lighter', quantity: 1 }, // product swapped: a new line
        { id: 'li-unknown', productId: 'p-bracelet', quantity: 1 },
        { productId: 'p-bracelet', quantity: 1 },
      ],
      catalog,
      idMaker(),
      existing,
    );
    expect(result.issues).toEqual([]);
    expect(result.items.map((i) => [i.id, i.productId, i.unitPriceCents, i.quantity])).toEqual([
      ['li-1', 'p-bracelet', 2500, 3],
      ['new-1', 'p-lighter', 1200, 1],
      ['new-2', 'p-bracelet', 2500, 1],
      ['new-3', 'p-bracelet', 2500, 1],
    ]);
  });
});

describe('shippingMethodIssue', () => {
  it.each([
    ['standard, lighter', [makeLighterItem()], makeAddress(), 'standard', null],
    ['express, street', [makeItem()], makeAddress(), 'express', null],
    [
      'express, PO box',
      [makeItem()],
      makeAddress({ line2: 'PO Box 4' }),
      'express',
      "Express isn't available for P.O. Box or parcel locker addresses. Choose Standard.",
    ],
    [
      'express, lighter',
      [makeLighterItem()],
      makeAddress(),
      'express',
      "Express isn't available because the order contains a restricted product (Lighter). Choose Standard.",
    ],
  ] as const)('%s → %j', (_label, items, address, method, expected) => {
    expect(shippingMethodIssue([...items], address, method)).toBe(expected);
  });
});

describe('orderTotals', () => {
  const lines = [
    { unitPriceCents: 2500, quantity: 1 },
    { unitPriceCents: 1999, quantity: 3 },
  ];

  it('uses the flat shipping rates', () => {
    expect(SHIPPING_RATES_CENTS).toEqual({ standard: 499, express: 1999 });
  });

  it.each([
    ['standard', 499],
    ['express', 1999],
  ] as const)('%s: subtotal + %i shipping', (method, shipping) => {
    expect(orderTotals(lines, method)).toEqual({
      subtotalCents: 8497,
      shippingCents: shipping,
      totalCents: 8497 + shipping,
    });
  });

  it('no items → no shipping', () => {
    expect(orderTotals([], 'express')).toEqual({ subtotalCents: 0, shippingCents: 0, totalCents: 0 });
  });
});

describe('applyChanges', () => {
  const newItems: LineItem[] = [makeItem({ id: 'new-1', unitPriceCents: 1500, quantity: 3 })];

  it('reprices an unpaid order from its new items and method', () => {
    const order = makeOrder({ status: 'unpaid' });
    const next = applyChanges(order, { shippingMethod: 'express' }, newItems);
    expect(next.items).toBe(newItems);
    expect(next.shippingMethod).toBe('express');
    expect([next.subtotalCents, next.shippingCents, next.totalCents]).toEqual([4500, 1999, 6499]);
    expect(next.subtotalCents + next.shippingCents).toBe(next.totalCents);
    expect({
      subtotalCents: next.subtotalCents,
      shippingCents: next.shippingCents,
      totalCents: next.totalCents,
    }).toEqual(orderTotals(newItems, 'express'));
  });

  it('reprices an unpaid order when only the method changes', () => {
    const order = makeOrder({ status: 'unpaid' });
    const next = applyChanges(order, { shippingMethod: 'express' }, null);
    expect(next.items).toBe(order.items);
    expect([next.subtotalCents, next.shippingCents, next.totalCents]).toEqual([2500, 1999, 4499]);
  });

  it('keeps the paid totals of a paid order while changing address and method', () => {
    const order = makeOrder({ status: 'unfulfilled' });
    const address = makeAddress({ line1: '500 Howard St' });
    const next = applyChanges(order, { shippingMethod: 'express', shippingAddress: address }, null);
    expect(next.shippingMethod).toBe('express');
    expect(next.shippingAddress).toEqual(address);
    expect([next.subtotalCents, next.shippingCents, next.totalCents]).toEqual([2500, 499, 2999]);
  });

  it('leaves untouched fields and the input order alone', () => {
    const order = makeOrder({ status: 'unpaid' });
    const snapshot = structuredClone(order);
    const next = applyChanges(order, { customer: { name: 'Bo', email: 'bo@example.com' } }, null);
    expect(order).toEqual(snapshot);
    expect(next).toEqual({ ...snapshot, customer: { name: 'Bo', email: 'bo@example.com' } });
  });
});

describe('personalizationIssue', () => {
  it('asks made-to-order products for their text, and nothing of standard ones', () => {
    expect(personalizationIssue({ kind: 'personalized' }, '  ')).toBe('Enter the personalization text');
    expect(personalizationIssue({ kind: 'personalized' }, 'Mia')).toBeNull();
    expect(personalizationIssue({ kind: 'standard' }, undefined)).toBeNull();
  });
});
