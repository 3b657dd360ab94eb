/** Every count and amount the merchant reads is formatted here, by formatters made once. */

const counts = new Intl.NumberFormat('en-US');
const currencies = new Map<string, Intl.NumberFormat>();

/** 12345 → "12,345". */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** `plural(1, 'order')` → "1 order", `plural(1234, 'order')` → "1,234 orders". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** Formats an amount in the currency's minor units (cents for USD, yen for JPY). */
export function formatMoney(amountMinor: number, currency: string, locale = 'en-US'): string {
  const key = `${locale}:${currency}`;
  let formatter = currencies.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    currencies.set(key, formatter);
  }
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amountMinor / 10 ** digits);
}
