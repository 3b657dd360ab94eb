/** Money is integer minor units (cents) with a currency code; never floats. */

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(amountCents: number, currency: string, locale = 'en-US'): string {
  const key = `${locale}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter.format(amountCents / 100);
}

/** Half of an amount in cents, rounded to the merchant's favour by at most one cent. */
export function halfCents(amountCents: number): number {
  return Math.floor(amountCents / 2);
}
