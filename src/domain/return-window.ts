import type { Order } from './model';
import { HOUR_MS } from './time';

export const RETURN_WINDOW_DAYS = 60;
const RETURN_WINDOW_MS = RETURN_WINDOW_DAYS * 24 * HOUR_MS;

/*
 * Returns are accepted for 60 days after shipping, but orders don't record when they shipped.
 * What the data does say: a shipped order shipped after it was paid, so its window runs at least
 * until 60 days after payment. Past that, it may or may not have closed; support decides.
 */
export type ReturnWindow =
  { known: 'open'; openAtLeastUntil: Date } | { known: 'unsure'; closedNoEarlierThan: Date } | { known: 'no_payment' };

export function returnWindow(order: Pick<Order, 'status' | 'paidAt'>, now: Date): ReturnWindow | null {
  if (order.status !== 'shipped') return null;
  if (!order.paidAt) return { known: 'no_payment' };
  const earliestClose = new Date(Date.parse(order.paidAt) + RETURN_WINDOW_MS);
  return now < earliestClose
    ? { known: 'open', openAtLeastUntil: earliestClose }
    : { known: 'unsure', closedNoEarlierThan: earliestClose };
}
