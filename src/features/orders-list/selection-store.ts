import { create } from 'zustand';
import type { OrderStatus } from '@/domain';

/**
 * Selected orders by id, kept across pages and filters. The status is remembered from when the
 * order was seen, so the delete dialog can say how many will be skipped; the server decides.
 */
interface SelectionState {
  selected: ReadonlyMap<string, OrderStatus>;
  toggle: (id: string, status: OrderStatus) => void;
  setMany: (entries: readonly (readonly [string, OrderStatus])[], on: boolean) => void;
  /** Selects `ids[i]` with `statuses[i]` (a select-all answer, up to every order of a store); an id without one is left out. */
  selectMatching: (ids: readonly string[], statuses: readonly (OrderStatus | undefined)[]) => void;
  remove: (ids: readonly string[]) => void;
  clear: () => void;
}

export const useSelection = create<SelectionState>()((set) => ({
  selected: new Map(),
  toggle: (id, status) =>
    set(({ selected }) => {
      const next = new Map(selected);
      if (next.has(id)) next.delete(id);
      else next.set(id, status);
      return { selected: next };
    }),
  setMany: (entries, on) =>
    set(({ selected }) => {
      const next = new Map(selected);
      for (const [id, status] of entries) {
        if (on) next.set(id, status);
        else next.delete(id);
      }
      return { selected: next };
    }),
  selectMatching: (ids, statuses) =>
    set(({ selected }) => {
      const next = new Map(selected);
      ids.forEach((id, index) => {
        const status = statuses[index];
        if (status !== undefined) next.set(id, status);
      });
      return { selected: next };
    }),
  remove: (ids) =>
    set(({ selected }) => {
      const next = new Map(selected);
      for (const id of ids) next.delete(id);
      return { selected: next };
    }),
  clear: () => set({ selected: new Map() }),
}));
