import type { Address, LineItem, ShippingMethod } from './model';
import { isPoBox } from './po-box';

export const SHIPPING_LABELS: Record<ShippingMethod, string> = {
  standard: 'Standard',
  express: 'Express',
};

/** Flat rates in cents. Changing address or method before production costs nothing extra. */
export const SHIPPING_RATES_CENTS: Record<ShippingMethod, number> = {
  standard: 499,
  express: 1999,
};

export const SHIPPING_REASONS = {
  poBox: "Express isn't available for P.O. Box or parcel locker addresses. Choose Standard.",
  restricted: (names: string) =>
    `Express isn't available because the order contains a restricted product (${names}). Choose Standard.`,
  remote: 'Deliveries to Alaska, Hawaii and Puerto Rico may take longer than usual.',
} as const;

export type MethodAvailability =
  { method: ShippingMethod; available: true } | { method: ShippingMethod; available: false; reason: string };

export function availableShippingMethods(
  items: readonly Pick<LineItem, 'restricted' | 'name'>[],
  address: Pick<Address, 'line1' | 'line2'>,
): Record<ShippingMethod, MethodAvailability> {
  const restricted = items.filter((item) => item.restricted).map((item) => item.name);
  let expressReason: string | null = null;
  if (restricted.length > 0) expressReason = SHIPPING_REASONS.restricted([...new Set(restricted)].join(', '));
  else if (isPoBox(address)) expressReason = SHIPPING_REASONS.poBox;
  return {
    standard: { method: 'standard', available: true },
    express: expressReason
      ? { method: 'express', available: false, reason: expressReason }
      : { method: 'express', available: true },
  };
}

const REMOTE_US_REGIONS = new Set(['AK', 'HI', 'PR']);
const REMOTE_REGION_NAMES = new Set(['alaska', 'hawaii', 'puerto rico']);

/** Alaska, Hawaii or Puerto Rico: delivery may take longer. */
export function isRemoteDestination(address: Pick<Address, 'country' | 'region'>): boolean {
  const country = address.country.toUpperCase();
  if (country === 'PR') return true;
  if (country !== 'US') return false;
  const region = address.region.trim();
  return REMOTE_US_REGIONS.has(region.toUpperCase()) || REMOTE_REGION_NAMES.has(region.toLowerCase());
}

export function shippingNotice(address: Pick<Address, 'country' | 'region'>): string | null {
  return isRemoteDestination(address) ? SHIPPING_REASONS.remote : null;
}
