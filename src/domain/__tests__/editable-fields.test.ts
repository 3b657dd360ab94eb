import { describe, it, expect } from 'vitest';
import { FIELD_GROUPS, editableFields, readOnlyReason, type FieldGroup } from '@/domain/editable-fields';
import { ORDER_STATUSES, type OrderStatus } from '@/domain/model';
import { makeOrder } from './fixtures';

const PAID_ITEMS = "Items can't change once the order is paid";
const PAID_CUSTOMER = "Customer details can't change once the order is paid";
const PAID_COUNTRY = "Country can't change once the order is paid";
const IN_PRODUCTION = 'Nothing can change once the order is in production';
const FULFILLED = 'Nothing can change once the order is fulfilled';
const SHIPPED = 'Nothing can change once the order has shipped';
const CANCELLED = 'Nothing can change on a cancelled order';

/** docs/rules.md "What may change, by status": null = editable, a string = locked with that reason. */
const SPEC_TABLE: Record<OrderStatus, Record<FieldGroup, string | null>> = {
  unpaid: { items: null, customer: null, country: null, address: null, shippingMethod: null },
  unfulfilled: {
    items: PAID_ITEMS,
    customer: PAID_CUSTOMER,
    country: PAID_COUNTRY,
    address: null,
    shippingMethod: null,
  },
  in_production: {
    items: IN_PRODUCTION,
    customer: IN_PRODUCTION,
    country: IN_PRODUCTION,
    address: IN_PRODUCTION,
    shippingMethod: IN_PRODUCTION,
  },
  fulfilled: {
    items: FULFILLED,
    customer: FULFILLED,
    country: FULFILLED,
    address: FULFILLED,
    shippingMethod: FULFILLED,
  },
  shipped: { items: SHIPPED, customer: SHIPPED, country: SHIPPED, address: SHIPPED, shippingMethod: SHIPPED },
  cancelled: {
    items: CANCELLED,
    customer: CANCELLED,
    country: CANCELLED,
    address: CANCELLED,
    shippingMethod: CANCELLED,
  },
};

const rows: [OrderStatus, FieldGroup, string | null][] = ORDER_STATUSES.flatMap((status) =>
  FIELD_GROUPS.map((group): [OrderStatus, FieldGroup, string | null] => [status, group, SPEC_TABLE[status][group]]),
);

describe('editableFields', () => {
  it('covers every status × every field group', () => {
    expect(rows).toHaveLength(6 * 5);
    expect([...FIELD_GROUPS]).toEqual(['items', 'customer', 'country', 'address', 'shippingMethod']);
  });

  it.each(rows)('%s: %s → locked reason %j', (status, group, reason) => {
    const access = editableFields(makeOrder({ status }))[group];
    expect(access).toEqual(reason === null ? { editable: true } : { editable: false, reason });
  });

  it.each(ORDER_STATUSES.filter((s) => s !== 'unpaid'))(
    '%s: every locked group carries a non-empty reason',
    (status) => {
      const fields = editableFields(makeOrder({ status }));
      const reasons = FIELD_GROUPS.flatMap((group) => {
        const access = fields[group];
        return access.editable ? [] : [access.reason];
      });
      expect(reasons).not.toHaveLength(0);
      expect(reasons.filter((reason) => reason.trim().length <= 10)).toEqual([]);
    },
  );

  it('Country on a paid, unfulfilled order says exactly why it is locked', () => {
    expect(editableFields(makeOrder({ status: 'unfulfilled' })).country).toEqual({
      editable: false,
      reason: "Country can't change once the order is paid",
    });
  });

  it('only looks at status', () => {
    expect(editableFields({ status: 'unfulfilled' })).toEqual(editableFields(makeOrder({ status: 'unfulfilled' })));
  });
});

describe('readOnlyReason', () => {
  it.each(['unpaid', 'unfulfilled'] as const)('%s: null (something can still change)', (status) => {
    expect(readOnlyReason(makeOrder({ status }))).toBeNull();
  });

  it.each([
    ['in_production', `${IN_PRODUCTION}. To get money back, send a refund request to support.`],
    ['fulfilled', `${FULFILLED}. To get money back, send a refund request to support.`],
    ['shipped', `${SHIPPED}. To get money back, send a refund request to support.`],
  ] as const)('%s: a full sentence for the banner', (status, expected) => {
    expect(readOnlyReason(makeOrder({ status }))).toBe(expected);
  });

  it('cancelled: a sentence saying why, without pointing to a refund request (docs/rules.md: a cancelled order cannot be refunded)', () => {
    const reason = readOnlyReason(makeOrder({ status: 'cancelled' }));
    expect(reason).toMatch(/^Nothing can change on a cancelled order\b.*\.$/);
    expect(reason).not.toMatch(/refund request/i);
  });
});
