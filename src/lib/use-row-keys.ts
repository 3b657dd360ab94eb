import { useState } from 'react';

interface RowKeys {
  byId: ReadonlyMap<string, string>;
  next: number;
}

/**
 * Keys for a list's rows. An order still on the list keeps its key, so its row keeps its element
 * (and keyboard focus). An order new to the list takes the key of the row that stood in its place
 * if that row's order has left: on another page, sort, tab or search, React then updates the rows
 * in place instead of building new ones.
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
  const staying = new Set(ids.filter((id) => before.byId.has(id)));
  const previous = [...before.byId];
  let next = before.next;
  const byId = new Map<string, string>();
  ids.forEach((id, index) => {
    if (byId.has(id)) return;
    const [previousId, previousKey] = previous[index] ?? [];
    const inItsPlace = previousId !== undefined && !staying.has(previousId) ? previousKey : undefined;
    byId.set(id, before.byId.get(id) ?? inItsPlace ?? `row-${next++}`);
  });
  return { byId, next };
}
