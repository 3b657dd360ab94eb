import type { LineItem, ShippingMethod } from './model';
import { SHIPPING_RATES_CENTS } from './shipping';

export interface OrderTotals {
  subtotalCents: number;
  shippingCents: number;
  totalCents: number;
}

export function orderTotals(
  items: readonly Pick<LineItem, 'unitPriceCents' | 'quantity'>[],
  method: ShippingMethod,
): OrderTotals {
  const subtotalCents = items.reduce((sum, item) => sum + item.unitPriceCents * item.quantity, 0);
  const shippingCents = items.length === 0 ? 0 : SHIPPING_RATES_CENTS[method];
  return { subtotalCents, shippingCents, totalCents: subtotalCents + shippingCents };
}
