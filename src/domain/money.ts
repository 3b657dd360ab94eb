/** Money is integer minor units (cents) with a currency code; never floats. */

/** The largest order total the system records: $1,000,000. */
export const MAX_ORDER_TOTAL_CENTS = 100_000_000;

/** Half of an amount, rounded down to a whole minor unit. */
export function halfCents(amountCents: number): number {
  return Math.floor(amountCents / 2);
}
