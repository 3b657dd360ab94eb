import { z } from '@/domain/zod';
import { readStored, removeStored, removeStoredWithPrefix, writeStored } from '@/lib/browser-storage';

/**
 * One Idempotency-Key per refund dialog, kept for the tab's session: a double click, a retry after
 * a timeout or a reload sends the same key, so support receives one request.
 */
const PREFIX = 'orderdesk.refund-key.';
const storedKeySchema = z.uuid();

export function refundKeyFor(orderId: string): string {
  const existing = readStored('sessionStorage', PREFIX + orderId, storedKeySchema);
  if (existing) return existing;
  const key = crypto.randomUUID();
  writeStored('sessionStorage', PREFIX + orderId, key);
  return key;
}

export function forgetAllRefundKeys(): void {
  removeStoredWithPrefix('sessionStorage', PREFIX);
}

export function forgetRefundKey(orderId: string): void {
  removeStored('sessionStorage', PREFIX + orderId);
}
