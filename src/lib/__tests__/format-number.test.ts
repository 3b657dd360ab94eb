import { describe, expect, it } from 'vitest';
import { formatCount, formatMoney, plural } from '@/lib/format-number';

describe('formatMoney', () => {
  it.each([
    [123456, 'USD', '$1,234.56'],
    [123456, 'EUR', '€1,234.56'],
    [0, 'USD', '$0.00'],
    [0, 'EUR', '€0.00'],
    [5, 'USD', '$0.05'],
    [1999, 'USD', '$19.99'],
    [100_000_000, 'USD', '$1,000,000.00'],
  ])('%i cents in %s → %j', (amount, currency, expected) => {
    expect(formatMoney(amount, currency)).toBe(expected);
  });

  it('honours the locale', () => {
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
  });

  it('caches per locale and currency without mixing them up', () => {
    expect(formatMoney(100, 'USD')).toBe('$1.00');
    expect(formatMoney(100, 'EUR')).toBe('€1.00');
    expect(formatMoney(100, 'USD')).toBe('$1.00');
  });
});

describe('counts', () => {
  it.each([
    [0, '0 orders'],
    [1, '1 order'],
    [2, '2 orders'],
    [1234, '1,234 orders'],
  ])('%i → %j', (count, expected) => {
    expect(plural(count, 'order')).toBe(expected);
  });

  it('separates thousands', () => {
    expect(formatCount(100_000)).toBe('100,000');
  });

  it('takes an irregular plural', () => {
    expect(plural(2, 'match', 'matches')).toBe('2 matches');
  });
});
