import { deleteDecision, REASONS, type OrderStatus } from '@/domain';
import type { BulkDeleteResponse } from '@/api/contract';

export type SelectionEntry = readonly [id: string, status: OrderStatus];

/** What a delete will do, as far as the page knows: only unpaid orders go, the rest are skipped. */
export function planDelete(entries: readonly SelectionEntry[]) {
  const deletable = entries.filter(([, status]) => deleteDecision({ status }).allowed).map(([id]) => id);
  const skipped = entries.length - deletable.length;
  return { deletable, skipped };
}

const count = new Intl.NumberFormat('en-US');
const plural = (n: number, word: string) => `${count.format(n)} ${word}${n === 1 ? '' : 's'}`;

/** "3 orders deleted", "3 orders deleted, 2 skipped: paid in the meantime". */
export function deleteResultMessage(result: BulkDeleteResponse, skippedBeforehand: number): string {
  const reasons: string[] = [];
  const paidMeanwhile = result.skipped.filter((s) => s.code === 'not_deletable').length;
  const gone = result.skipped.filter((s) => s.code === 'not_found').length;
  if (skippedBeforehand > 0) reasons.push(REASONS.deleteOnlyUnpaid.replace(/\.$/, '').toLowerCase());
  if (paidMeanwhile > 0) reasons.push('paid in the meantime');
  if (gone > 0) reasons.push('already deleted');
  const skipped = skippedBeforehand + result.skipped.length;
  const head = `${plural(result.deleted.length, 'order')} deleted`;
  return skipped === 0 ? head : `${head}, ${count.format(skipped)} skipped: ${reasons.join('; ')}`;
}
