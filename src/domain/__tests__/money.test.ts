import { describe, it, expect } from 'vitest';
import { halfCents } from '@/domain/money';

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
