import { editableFields, type FieldGroup } from './editable-fields';
import type { Address, LineItem, Order, Product } from './model';
import { MAX_ORDER_TOTAL_CENTS } from './money';
import type { LineItemInput, OrderChanges, OrderDraft } from './order-input';
import { availableShippingMethods } from './shipping';
import { orderTotals } from './totals';
import { validateAddress, validateCustomer, type FieldIssue } from './validation';

const ADDRESS_FIELDS = ['name', 'line1', 'line2', 'city', 'region', 'postalCode', 'phone'] as const;

function sameItems(current: readonly LineItem[], next: readonly LineItemInput[]): boolean {
  if (current.length !== next.length) return false;
  return current.every((item, index) => {
    const input = next[index];
    return (
      input !== undefined &&
      input.productId === item.productId &&
      input.quantity === item.quantity &&
      (input.personalization ?? '').trim() === (item.personalization ?? '').trim()
    );
  });
}

/** Every field path the changes alter, with the group that governs it. */
export function changedFields(order: Order, changes: OrderChanges): { path: string; group: FieldGroup }[] {
  const changed: { path: string; group: FieldGroup }[] = [];
  if (changes.items && !sameItems(order.items, changes.items)) changed.push({ path: 'items', group: 'items' });
  if (changes.customer) {
    for (const key of ['name', 'email'] as const) {
      if (changes.customer[key] !== order.customer[key]) changed.push({ path: `customer.${key}`, group: 'customer' });
    }
  }
  if (changes.shippingAddress) {
    const next = changes.shippingAddress;
    if (next.country !== order.shippingAddress.country) {
      changed.push({ path: 'shippingAddress.country', group: 'country' });
    }
    for (const key of ADDRESS_FIELDS) {
      if (next[key] !== order.shippingAddress[key]) changed.push({ path: `shippingAddress.${key}`, group: 'address' });
    }
  }
  if (changes.shippingMethod && changes.shippingMethod !== order.shippingMethod) {
    changed.push({ path: 'shippingMethod', group: 'shippingMethod' });
  }
  return changed;
}

/** Field paths the changes would alter although the order's status locks them. */
export function lockedChanges(order: Order, changes: OrderChanges): string[] {
  const access = editableFields(order);
  return changedFields(order, changes)
    .filter(({ group }) => !access[group].editable)
    .map(({ path }) => path);
}

export type ResolvedItems = { items: LineItem[]; issues: FieldIssue[] };

/** Made-to-order products need the text to engrave or print. */
export function personalizationIssue(
  product: Pick<Product, 'kind'>,
  personalization: string | undefined,
): string | null {
  return product.kind === 'personalized' && (personalization ?? '').trim() === ''
    ? 'Enter the personalization text'
    : null;
}

/** Turns item inputs into line items priced from the catalog. */
export function resolveItems(
  inputs: readonly LineItemInput[],
  catalog: ReadonlyMap<string, Product>,
  newId: () => string,
  existing: readonly LineItem[] = [],
): ResolvedItems {
  const issues: FieldIssue[] = [];
  const known = new Map(existing.map((item) => [item.id, item]));
  const used = new Set<string>();
  const items: LineItem[] = [];
  inputs.forEach((input, index) => {
    const product = catalog.get(input.productId);
    if (!product) {
      issues.push({ path: `items.${index}.productId`, message: 'Choose a product from the catalog' });
      return;
    }
    const personalization = input.personalization?.trim() ?? '';
    const missing = personalizationIssue(product, personalization);
    if (missing) issues.push({ path: `items.${index}.personalization`, message: missing });
    // An item keeps its id only once: a repeated id gets a new one, so every line stays addressable.
    const previous = input.id && !used.has(input.id) ? known.get(input.id) : undefined;
    const id = previous && previous.productId === product.id ? previous.id : newId();
    used.add(id);
    items.push({
      id,
      productId: product.id,
      name: product.name,
      unitPriceCents: product.priceCents,
      quantity: input.quantity,
      kind: product.kind,
      restricted: product.restricted,
      ...(product.kind === 'personalized' ? { personalization } : {}),
    });
  });
  return { items, issues };
}

export function shippingMethodIssue(
  items: readonly LineItem[],
  address: Address,
  method: OrderDraft['shippingMethod'],
): string | null {
  const availability = availableShippingMethods(items, address)[method];
  return availability.available ? null : availability.reason;
}

/** Field-level problems with a whole order's contents (used on create and after every change). */
export function validateOrderContents(order: Pick<Order, 'customer' | 'shippingAddress' | 'totalCents'>): FieldIssue[] {
  const issues = [...validateCustomer(order.customer), ...validateAddress(order.shippingAddress)];
  if (order.totalCents > MAX_ORDER_TOTAL_CENTS) {
    issues.push({ path: 'items', message: 'An order can total at most $1,000,000. Lower the quantities.' });
  }
  return issues;
}

/**
 * The order after the changes. Checks nothing: see lockedChanges. An unpaid order is repriced; a
 * paid one keeps what was paid, since changing address or method before production costs nothing.
 */
export function applyChanges(order: Order, changes: OrderChanges, items: LineItem[] | null): Order {
  const nextItems = items ?? order.items;
  const method = changes.shippingMethod ?? order.shippingMethod;
  const totals =
    order.status === 'unpaid'
      ? orderTotals(nextItems, method)
      : { subtotalCents: order.subtotalCents, shippingCents: order.shippingCents, totalCents: order.totalCents };
  return {
    ...order,
    customer: changes.customer ?? order.customer,
    items: nextItems,
    shippingAddress: changes.shippingAddress ?? order.shippingAddress,
    shippingMethod: method,
    ...totals,
  };
}
