import { orderSchema, type Order } from '@/domain';
import { z } from '@/domain/zod';
import { activityEntrySchema, type ActivityEntry } from '@/api/contract';
import { DEMO_MERCHANT } from '@/backend/demo-store';
import { SESSION_COOKIE } from '@/backend/session-service';

/** A signed-in session of the demo's user, by its token. */
export interface DemoSession {
  createdAt: number;
  lastSeenAt: number;
}

/** The demo is signed in from the start: the page sets this cookie, and a fresh demo knows its session. */
export const DEMO_SESSION_TOKEN = 'demo0session0token0of0the0demo0user';

/**
 * Puts the demo user's first session in the page's cookies. Once that session is signed out (or
 * the demo is reset), the cookie opens nothing until "Reset demo data" makes it new again.
 */
export function setDemoSessionCookie(doc: Document): void {
  doc.cookie = `${SESSION_COOKIE}=${DEMO_MERCHANT.id}.${DEMO_SESSION_TOKEN}; path=/; SameSite=Lax`;
}

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
  /** Each order's activity, oldest first. */
  activity: Record<string, ActivityEntry[]>;
  activityCount: number;
  sessions: Record<string, DemoSession>;
}

/** A fresh demo: the seed, no changes, and the demo user signed in since `nowMs`. */
export function emptyOverlay(seedOrders: number, anchorMs: number, nowMs: number = anchorMs): Overlay {
  return {
    seedOrders,
    anchorMs,
    upserts: {},
    deletions: {},
    idempotency: {},
    created: 0,
    activity: {},
    activityCount: 0,
    sessions: { [DEMO_SESSION_TOKEN]: { createdAt: nowMs, lastSeenAt: nowMs } },
  };
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

/** What a stored overlay must look like; anything else (corrupted, or from an older demo) is dropped. */
const overlaySchema = z.object({
  seedOrders: z.number().check(z.int(), z.minimum(0)),
  anchorMs: z.number(),
  upserts: z.record(z.string(), orderSchema),
  deletions: z.record(z.string(), z.number()),
  idempotency: z.record(z.string(), z.object({ status: z.number().check(z.int()), body: z.unknown() })),
  created: z.number().check(z.int(), z.minimum(0)),
  activity: z.record(z.string(), z.array(activityEntrySchema)),
  activityCount: z.number().check(z.int(), z.minimum(0)),
  sessions: z.record(z.string(), z.object({ createdAt: z.number(), lastSeenAt: z.number() })),
});

function jsonOrNothing(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export function webOverlayStorage(storage: Storage, key = OVERLAY_KEY): OverlayStorage {
  return {
    load() {
      try {
        const raw = storage.getItem(key);
        if (!raw) return null;
        const parsed = overlaySchema.safeParse(jsonOrNothing(raw));
        if (parsed.success) return parsed.data;
        storage.removeItem(key);
        return null;
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
