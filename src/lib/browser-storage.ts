import type { z } from 'zod/mini';

/**
 * Browser storage read like an API answer: what comes back is parsed with its schema, and a value
 * that does not parse (corrupted, or written by an older version of the app) is removed and
 * treated as absent. Storage that is full or blocked is never an error: nothing is kept.
 */
type Area = 'localStorage' | 'sessionStorage';

export function readStored<T>(area: Area, key: string, schema: z.ZodMiniType<T>): T | null {
  try {
    const raw = window[area].getItem(key);
    if (raw === null) return null;
    const parsed = schema.safeParse(parseJson(raw));
    if (parsed.success) return parsed.data;
    window[area].removeItem(key);
    return null;
  } catch {
    return null;
  }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export function writeStored(area: Area, key: string, value: unknown): void {
  try {
    window[area].setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the page still holds the value for this visit.
  }
}

export function removeStored(area: Area, key: string): void {
  try {
    window[area].removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

export function removeStoredWithPrefix(area: Area, prefix: string): void {
  try {
    for (const key of Object.keys(window[area])) if (key.startsWith(prefix)) window[area].removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}
