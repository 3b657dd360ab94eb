import { fieldLabel } from './field-labels';
import type { ActivityAction, ActivityChange, LineItem, Order, RefundRequest } from './model';
import { SHIPPING_LABELS } from './shipping';
import { REFUND_REASON_LABELS } from './status';

const ACTION_VERBS: Record<Exclude<ActivityAction, 'edited'>, string> = {
  created: 'created the order',
  deleted: 'deleted the order',
  restored: 'restored the order',
  cancelled: 'cancelled the order',
  refund_requested: 'requested a refund',
};

/** The part of the order a changed path belongs to, as a sentence names it. */
const SUBJECTS: [RegExp, string][] = [
  [/^shippingAddress\./, 'the shipping address'],
  [/^customer\./, 'the customer'],
  [/^items$/, 'the items'],
  [/^shippingMethod$/, 'the shipping method'],
];

function subjectOf(path: string): string {
  return SUBJECTS.find(([pattern]) => pattern.test(path))?.[1] ?? fieldLabel(path).toLowerCase();
}

function itemsText(items: readonly LineItem[]): string {
  return items
    .map((item) => `${item.quantity} × ${item.name}${item.personalization ? ` (“${item.personalization}”)` : ''}`)
    .join(', ');
}

function valueAt(order: Order, path: string): string {
  if (path === 'items') return itemsText(order.items);
  if (path === 'shippingMethod') return SHIPPING_LABELS[order.shippingMethod];
  const [group, key] = path.split('.') as [string, string];
  if (group === 'customer') return order.customer[key as keyof Order['customer']];
  if (group === 'shippingAddress') return order.shippingAddress[key as keyof Order['shippingAddress']];
  return '';
}

/** The fields that differ between an order and its next version, as they read before and after. */
export function describeEdit(before: Order, after: Order, paths: readonly string[]): ActivityChange[] {
  return paths
    .map((path) => ({ path, before: valueAt(before, path), after: valueAt(after, path) }))
    .filter((change) => change.before !== change.after);
}

/** A refund request's line in the trail: "Damaged or defective · estimate $24.00". */
export function refundRequestDetail(request: RefundRequest): string {
  const reason = REFUND_REASON_LABELS[request.reason];
  const { estimate } = request;
  if (estimate.kind !== 'estimate') return `${reason} · for review under the return policy`;
  const amount = new Intl.NumberFormat('en-US', { style: 'currency', currency: estimate.currency }).format(
    estimate.totalCents / 100,
  );
  return `${reason} · estimate ${amount}`;
}

/** A change's values as the trail reads them: "12 Oak St → 9 Elm Rd". */
export const changeValues = (change: ActivityChange) => `${change.before || '(empty)'} → ${change.after || '(empty)'}`;

/** One field of an edit that changed several, on its own line: "Address line 1: 12 Oak St → 9 Elm Rd". */
export const changeLine = (change: ActivityChange) => `${fieldLabel(change.path)}: ${changeValues(change)}`;

/**
 * What the person did, as the order's Activity shows it after their name: "changed the shipping
 * address: 12 Oak St → 9 Elm Rd".
 */
export function activitySentence(entry: { action: ActivityAction; changes: readonly ActivityChange[] }): string {
  if (entry.action !== 'edited') return ACTION_VERBS[entry.action];
  const subjects = [...new Set(entry.changes.map((change) => subjectOf(change.path)))];
  const what = subjects.length > 0 ? subjects.join(', ').replace(/, ([^,]*)$/, ' and $1') : 'the order';
  if (entry.changes.length !== 1) return `changed ${what}`;
  const [change] = entry.changes as [ActivityChange];
  return `changed ${what}: ${changeValues(change)}`;
}
