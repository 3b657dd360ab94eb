import { describe, expect, it } from 'vitest';
import { rowKeys } from '@/lib/use-row-keys';

const first = rowKeys({ byId: new Map(), next: 0 }, ['a', 'b', 'c']);

describe('row keys', () => {
  it('gives each row of a first list its own key', () => {
    expect([...first.byId.values()]).toEqual(['row-0', 'row-1', 'row-2']);
  });

  it('hands a whole new list (another page) the keys of the rows in its place, so rows update in place', () => {
    const next = rowKeys(first, ['d', 'e', 'f', 'g']);
    expect([...next.byId]).toEqual([
      ['d', 'row-0'],
      ['e', 'row-1'],
      ['f', 'row-2'],
      ['g', 'row-3'],
    ]);
  });

  it('keeps every staying row its key when some rows stay (a delete), so focus stays with its order', () => {
    const afterDelete = rowKeys(first, ['a', 'c', 'd']);
    expect(afterDelete.byId.get('a')).toBe('row-0');
    expect(afterDelete.byId.get('c')).toBe('row-2');
    // The row that came up from the next page is new: it does not take the deleted row's element.
    expect(afterDelete.byId.get('d')).toBe('row-3');
  });

  it('gives an order new to the list the key of the row in its place when that order left (a sort)', () => {
    const sorted = rowKeys(first, ['x', 'a', 'y']);
    expect([...sorted.byId]).toEqual([
      ['x', 'row-3'], // a, which stood here, is still on the list
      ['a', 'row-0'],
      ['y', 'row-2'], // c, which stood here, has left
    ]);
  });

  it('never gives two rows one key, even when an id is listed twice', () => {
    const keys = rowKeys(rowKeys(first, ['a', 'x']), ['y', 'z', 'y', 'w']);
    expect(new Set(keys.byId.values()).size).toBe(keys.byId.size);
    expect([...keys.byId.keys()]).toEqual(['y', 'z', 'w']);
  });
});
