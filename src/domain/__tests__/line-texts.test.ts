import { describe, expect, it } from 'vitest';
import { chosenLines, productDescription, type Product } from '@/domain';

const product = (id: string, kind: Product['kind'], restricted: boolean): Product => ({
  id,
  name: `Product ${id}`,
  priceCents: 1000,
  kind,
  restricted,
});

describe('item texts', () => {
  it.each([
    ['standard', false, 'Standard'],
    ['personalized', false, 'Made to order'],
    ['standard', true, 'Standard · Restricted: no express shipping'],
  ] as const)('%s, restricted %s → %j', (kind, restricted, text) => {
    expect(productDescription({ kind, restricted })).toBe(text);
  });

  it('gives the shipping rules only the products chosen so far', () => {
    const lighter = product('p1', 'standard', true);
    const catalog = new Map([[lighter.id, lighter]]);
    expect(chosenLines([{ productId: 'p1' }, { productId: '' }, { productId: 'gone' }], catalog)).toEqual([
      { name: 'Product p1', restricted: true },
    ]);
  });
});
