import { foldText, type Order } from '@/domain';

/**
 * What a search looks in, and how: an order matches when one of these texts, folded (no case, no
 * accents), contains the folded query. The demo and the server search by this same rule.
 */
export function orderSearchParts(order: Order): string[] {
  const { customer, shippingAddress: a } = order;
  return [
    order.code,
    `#${order.code}`,
    customer.name,
    customer.email,
    a.name,
    a.city,
    a.region,
    a.country,
    a.postalCode,
  ].map(foldText);
}

export function searchNeedle(q: string): string {
  return foldText(q.trim());
}

/** How the customer column sorts: by the folded name ("Łukasz" with "lukasz"), then by id. */
export function customerSortKey(order: Order): string {
  return foldText(order.customer.name);
}
