import { describe, expect, it } from 'vitest';
import { isJoinedArrayOfWords, JsonText, jsonBody } from './json-text';

describe('jsonBody', () => {
  it('sends JSON text the database wrote as it is, beside the members it serializes itself', () => {
    const body = { items: new JsonText('[{"id": "ord_1", "total": 1200}]'), total: 1, counts: { all: 1 } };
    const text = jsonBody(body);
    expect(text).toBe('{"items":[{"id": "ord_1", "total": 1200}],"total":1,"counts":{"all":1}}');
    expect(JSON.parse(text)).toEqual({ items: [{ id: 'ord_1', total: 1200 }], total: 1, counts: { all: 1 } });
  });

  it('gives the same value as JSON.stringify, which reads JsonText through toJSON', () => {
    const body = { ids: new JsonText('["a","b"]'), left: undefined, note: 'say "hi"\n' };
    expect(JSON.parse(jsonBody(body))).toEqual(JSON.parse(JSON.stringify(body)));
    expect(JSON.parse(jsonBody(body))).toEqual({ ids: ['a', 'b'], note: 'say "hi"\n' });
  });

  it('serializes bodies without JsonText, arrays and null as JSON.stringify does', () => {
    for (const body of [{ code: 'not_found', message: 'No such order' }, [1, 2], null, 'text']) {
      expect(jsonBody(body)).toBe(JSON.stringify(body));
    }
  });
});

describe('isJoinedArrayOfWords', () => {
  /** What PostgreSQL's join makes of `items`: `["` + the items joined by `,`, each `,` made `","` + `"]`. */
  const joined = (items: string[]) => (items.length === 0 ? '[]' : `["${items.join(',').replaceAll(',', '","')}"]`);
  const check = (items: string[]) =>
    isJoinedArrayOfWords(
      joined(items),
      items.length,
      items.reduce((sum, item) => sum + item.length, 0),
    );

  it('accepts the join of ids or statuses, and of nothing', () => {
    expect(check(['ord_000002', 'ord_000001'])).toBe(true);
    expect(check(['unpaid'])).toBe(true);
    expect(check([])).toBe(true);
    expect(JSON.parse(joined(['ord_2', 'ord_1']))).toEqual(['ord_2', 'ord_1']);
  });

  it('refuses the join of any item that would need escaping or holds the separator', () => {
    for (const odd of ['a"b', 'c\\d', 'e\nf', 'g,h', 'i j', '', 'ł', '","']) {
      expect(check(['ord_1', odd, 'ord_2']), odd).toBe(false);
    }
  });

  it('accepts the join of a large store’s every id, as a whole tab of millions asks for', () => {
    // Built by repeat, not as 4,000,000 strings: the check is what is under test, not building its input.
    const count = 4_000_000;
    const id = 'ord_0000000';
    const text = `["${`${id}","`.repeat(count - 1)}${id}"]`;
    expect(isJoinedArrayOfWords(text, count, count * id.length)).toBe(true);
    // A scan of 56 million characters: allowed time for a busy two-core machine running suites side by side.
  }, 30_000);
});
