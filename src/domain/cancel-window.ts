import type { Order } from './model';
import { HOUR_MS } from './time';

/** Paid orders can be cancelled free of charge for this long after payment. */
export const FREE_CANCEL_WINDOW_MS = 2 * HOUR_MS;

export type CancelWindow = { open: true; endsAt: Date; msLeft: number } | { open: false; endsAt: Date | null };

export function cancelWindow(order: Pick<Order, 'status' | 'paidAt'>, now: Date): CancelWindow {
  if (!order.paidAt) return { open: false, endsAt: null };
  const endsAt = new Date(Date.parse(order.paidAt) + FREE_CANCEL_WINDOW_MS);
  const msLeft = endsAt.getTime() - now.getTime();
  if (order.status !== 'unfulfilled' || msLeft <= 0) return { open: false, endsAt };
  return { open: true, endsAt, msLeft };
}
