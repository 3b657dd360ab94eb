/**
 * One Idempotency-Key per refund dialog, kept for the tab's session: a double click, a retry after
 * a timeout or a reload sends the same key, so support receives one request.
 */
const storageKey = (orderId: string) => `orderdesk.refund-key.${orderId}`;

export function refundKeyFor(orderId: string): string {
  try {
    const existing = window.sessionStorage.getItem(storageKey(orderId));
    if (existing) return existing;
    const key = crypto.randomUUID();
    window.sessionStorage.setItem(storageKey(orderId), key);
    return key;
  } catch {
    return crypto.randomUUID();
  }
}

export function forgetAllRefundKeys(): void {
  try {
    for (const key of Object.keys(window.sessionStorage))
      if (key.startsWith(storageKey(''))) window.sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

export function forgetRefundKey(orderId: string): void {
  try {
    window.sessionStorage.removeItem(storageKey(orderId));
  } catch {
    // Storage blocked: nothing was kept.
  }
}
