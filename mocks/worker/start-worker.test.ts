import { describe, expect, it } from 'vitest';
import { MAX_SEED_ORDERS } from '@/backend/seed/seed';
import { seedOrdersFromUrl } from './start-worker';

const read = (search: string) => seedOrdersFromUrl(new URLSearchParams(search));

describe('?seedOrders=', () => {
  it.each([
    ['', undefined],
    ['?seedOrders=250', 250],
    ['?seedOrders=0', 0],
    [`?seedOrders=${MAX_SEED_ORDERS + 1}`, MAX_SEED_ORDERS],
  ])('%j reseeds with %j orders', (search, seedOrders) => {
    expect(read(search)).toEqual({ seedOrders, invalid: null });
  });

  it.each(['abc', '-1', '1.5', '1e3', ''])('refuses %j and keeps the data', (value) => {
    expect(read(`?seedOrders=${value}`)).toEqual({
      seedOrders: undefined,
      invalid: { value, max: MAX_SEED_ORDERS },
    });
  });
});
