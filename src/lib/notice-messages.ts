import { REASONS } from '@/domain';
import type { BulkDeleteResponse, RestoreResponse } from '@/api/contract';
import { formatCount, plural } from './format-number';

/** The words of every notice the app shows after an action, in one place. */

const withoutFullStop = (text: string) => text.replace(/\.$/, '');

/** "3 orders deleted", "3 orders deleted, 2 skipped: paid in the meantime". */
function ordersDeleted(result: BulkDeleteResponse, skippedBeforehand: number): string {
  const reasons: string[] = [];
  const paidMeanwhile = result.skipped.filter((s) => s.code === 'not_deletable').length;
  const gone = result.skipped.filter((s) => s.code === 'not_found').length;
  if (skippedBeforehand > 0) reasons.push(withoutFullStop(REASONS.deleteOnlyUnpaid).toLowerCase());
  if (paidMeanwhile > 0) reasons.push('paid in the meantime');
  if (gone > 0) reasons.push('already deleted');
  const skipped = skippedBeforehand + result.skipped.length;
  const head = `${plural(result.deleted.length, 'order')} deleted`;
  return skipped === 0 ? head : `${head}, ${formatCount(skipped)} skipped: ${reasons.join('; ')}`;
}

/** After Undo: one order by its code, several by their number. */
function restored({ restored, skipped }: RestoreResponse, orderCode?: string): string {
  if (orderCode !== undefined) {
    return restored.length > 0
      ? `Order #${orderCode} restored`
      : `Order #${orderCode} could not be restored: only orders deleted in the last minute can be.`;
  }
  if (skipped.length === 0) return `${plural(restored.length, 'order')} restored`;
  return `${formatCount(restored.length)} restored, ${formatCount(skipped.length)} could not be: ${skipped[0]?.message ?? ''}`;
}

export const NOTICES = {
  ordersDeleted,
  orderDeleted: (code: string) => `Order #${code} deleted`,
  orderNotDeleted: (code: string, why: string) => `Order #${code} was not deleted: ${why}`,
  nothingDeleted: (why: string) => `Nothing was deleted: ${withoutFullStop(why)}. The orders are back.`,
  restored,
  undoFailed: (why: string) => `Couldn't undo the delete. ${why}`,
  selectAllFailed: (why: string) => `Couldn't select every matching order. ${why}`,
  orderSaved: (code: string) => `Order #${code} saved.`,
  orderCreated: (code: string) => `Order #${code} created. It is unpaid until the customer pays.`,
  orderCancelled: (code: string, refund: string | null) =>
    `Order #${code} cancelled. ${refund ?? 'The full amount'} will be refunded.`,
  cancelWindowClosed: 'Free cancellation has just ended. Send a refund request to support instead.',
  orderNotCancelled: (why: string) => `The order was not cancelled: ${why}`,
  refundRequestSent:
    'Your request has been successfully sent to our support team. The Support Team will assist with your request as quickly as possible.',
  demoReset: 'Demo data reset to its starting state.',
  demoResetFailed: (why: string) => `Couldn't reset the demo data. ${why}`,
  seedOrdersInvalid: (value: string, max: number) =>
    `“${value}” is not a number of demo orders (1 to ${formatCount(max)}). The demo data was kept as it is.`,
  signedOut: 'You have signed out.',
  signOutFailed: (why: string) => `Couldn't sign out. ${why}`,
  signedInAgain: 'You are signed in again.',
  signedInAgainWriteLost:
    'You are signed in again. Your last change was not sent while you were signed out: what you typed is still here, send it again.',
  signedInAs: (user: string, store: string) => `Signed in as ${user} at ${store}.`,
  lazyLoadFailed: (what: string) =>
    `Couldn't open the ${what}. Check your connection, then try again or reload the page.`,
} as const;
