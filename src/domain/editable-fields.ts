import type { Order, OrderStatus } from './model';

/** The parts of an order that lock together. */
export const FIELD_GROUPS = ['items', 'customer', 'country', 'address', 'shippingMethod'] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

export type FieldAccess = { editable: true } | { editable: false; reason: string };

export type EditableFields = Record<FieldGroup, FieldAccess>;

const EDIT: FieldAccess = { editable: true };

const PAID_LOCKS = {
  items: "Items can't change once the order is paid",
  customer: "Customer details can't change once the order is paid",
  country: "Country can't change once the order is paid",
} as const;

const CLOSED_REASON: Record<Exclude<OrderStatus, 'unpaid' | 'unfulfilled'>, string> = {
  in_production: 'Nothing can change once the order is in production',
  fulfilled: 'Nothing can change once the order is fulfilled',
  shipped: 'Nothing can change once the order has shipped',
  cancelled: 'Nothing can change on a cancelled order',
};

function locked(reason: string): FieldAccess {
  return { editable: false, reason };
}

export function editableFields(order: Pick<Order, 'status'>): EditableFields {
  switch (order.status) {
    case 'unpaid':
      return { items: EDIT, customer: EDIT, country: EDIT, address: EDIT, shippingMethod: EDIT };
    case 'unfulfilled':
      return {
        items: locked(PAID_LOCKS.items),
        customer: locked(PAID_LOCKS.customer),
        country: locked(PAID_LOCKS.country),
        address: EDIT,
        shippingMethod: EDIT,
      };
    default: {
      const reason = CLOSED_REASON[order.status];
      return {
        items: locked(reason),
        customer: locked(reason),
        country: locked(reason),
        address: locked(reason),
        shippingMethod: locked(reason),
      };
    }
  }
}

/** Why nothing on the order can change, or null when something can. */
export function readOnlyReason(order: Pick<Order, 'status'>): string | null {
  const fields = editableFields(order);
  const anyEditable = FIELD_GROUPS.some((group) => fields[group].editable);
  if (anyEditable) return null;
  const access = fields.address;
  if (access.editable) return null;
  return order.status === 'cancelled'
    ? `${access.reason}. It was refunded when it was cancelled.`
    : `${access.reason}. To get money back, send a refund request to support.`;
}
