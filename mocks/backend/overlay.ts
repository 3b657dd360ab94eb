import type { Order } from '@/domain';

/**
 * What the demo changed on top of its seed: orders added or edited, orders deleted (and when, so
 * they can be restored), and refund answers by idempotency key. Small, so it fits in localStorage.
 */
export interface Overlay {
  seedOrders: number;
  anchorMs: number;
  upserts: Record<string, Order>;
  deletions: Record<string, number>;
  idempotency: Record<string, { status: number; body: unknown }>;
  created: number;
}

export function emptyOverlay(seedOrders: number, anchorMs: number): Overlay {
  return { seedOrders, anchorMs, upserts: {}, deletions: {}, idempotency: {}, created: 0 };
}

export interface OverlayStorage {
  load(): Overlay | null;
  save(overlay: Overlay): void;
  clear(): void;
}

export function memoryOverlayStorage(initial: Overlay | null = null): OverlayStorage {
  let saved = initial;
  return {
    load: () => saved,
    save: (overlay) => {
      saved = overlay;
    },
    clear: () => {
      saved = null;
    },
  };
}

export const OVERLAY_KEY = 'orderdesk.demo';

export function webOverlayStorage(storage: Storage, key = OVERLAY_KEY): OverlayStorage {
  return {
    load() {
      try {
        const raw = storage.getItem(key);
        return raw ? (JSON.parse(raw) as Overlay) : null;
      } catch {
        return null;
      }
    },
    save(overlay) {
      try {
        storage.setItem(key, JSON.stringify(overlay));
      } catch {
        // Storage full or blocked: the demo keeps working in memory for this visit.
      }
    },
    clear: () => storage.removeItem(key),
  };
}
