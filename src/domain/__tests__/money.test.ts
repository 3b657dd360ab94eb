import { describe, it, expect } from 'vitest';
import { formatMoney, halfCents } from '@/domain/money';

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

describe('halfCents', () => {
  it.each([
    [2000, 1000],
    [1999, 999],
    [1, 0],
    [0, 0],
  ])('%i → %i', (amount, half) => {
    expect(halfCents(amount)).toBe(half);
    expect(Number.isInteger(halfCents(amount))).toBe(true);
  });
});
