/** Money is integer minor units (cents) with a currency code; never floats. */

/** The largest order total the system records: $1,000,000. */
export const MAX_ORDER_TOTAL_CENTS = 100_000_000;

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats an amount in the currency's minor units (cents for USD, yen for JPY). */
export function formatMoney(amountMinor: number, currency: string, locale = 'en-US'): string {
  const key = `${locale}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amountMinor / 10 ** digits);
}

/** Half of an amount, rounded down to a whole minor unit. */
export function halfCents(amountCents: number): number {
  return Math.floor(amountCents / 2);
}
