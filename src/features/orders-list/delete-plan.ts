import { deleteDecision, type OrderStatus } from '@/domain';

export type SelectionEntry = readonly [id: string, status: OrderStatus];

/** What a delete will do, as far as the page knows: only unpaid orders go, the rest are skipped. */
export function planDelete(entries: readonly SelectionEntry[]) {
  const deletable = entries.filter(([, status]) => deleteDecision({ status }).allowed).map(([id]) => id);
  const skipped = entries.length - deletable.length;
  return { deletable, skipped };
}
