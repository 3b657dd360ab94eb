import { useState } from 'react';

interface RowKeys {
  byId: ReadonlyMap<string, string>;
  next: number;
}

/**
 * Keys for a list's rows. When none of the new ids was shown before (another page, sort, tab or
 * search), each row takes the key of the row that stood in its place, so React updates those rows
 * in place instead of building new ones. When some stay (a delete, a refresh), every id keeps its
 * own key, so a row that stays keeps its element, and keyboard focus with it.
 */
export function useRowKeys(ids: readonly string[]): ReadonlyMap<string, string> {
  const [shown, setShown] = useState(() => ({ ids, keys: rowKeys(NO_ROWS, ids) }));
  if (shown.ids === ids) return shown.keys.byId;
  // Derived from the previous render's keys, as React advises for state that follows a prop.
  const next = { ids, keys: rowKeys(shown.keys, ids) };
  setShown(next);
  return next.keys.byId;
}

const NO_ROWS: RowKeys = { byId: new Map(), next: 0 };

export function rowKeys(before: RowKeys, ids: readonly string[]): RowKeys {
  const wholeNewList = !ids.some((id) => before.byId.has(id));
  const reusable = wholeNewList ? [...before.byId.values()] : [];
  let next = before.next;
  const byId = new Map<string, string>();
  for (const id of ids) {
    if (byId.has(id)) continue;
    byId.set(id, before.byId.get(id) ?? reusable.shift() ?? `row-${next++}`);
  }
  return { byId, next };
}
