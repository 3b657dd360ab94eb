import { MAX_SEED_ORDERS } from '@/backend/seed/seed';
import { webOverlayStorage } from '../backend/overlay';
import { startRemoteBackend } from './remote-backend';

export interface SeedRequest {
  /** How many orders to seed; undefined keeps the stored demo data. */
  seedOrders: number | undefined;
  /** A `?seedOrders=` value that is not a whole number of orders: refused, the data kept. */
  invalid: { value: string; max: number } | null;
}

/** `?seedOrders=N`: a whole number from 0 (more than the maximum is capped); anything else is refused. */
export function seedOrdersFromUrl(params: URLSearchParams): SeedRequest {
  const raw = params.get('seedOrders');
  if (raw === null) return { seedOrders: undefined, invalid: null };
  if (!/^\d+$/.test(raw.trim())) return { seedOrders: undefined, invalid: { value: raw, max: MAX_SEED_ORDERS } };
  return { seedOrders: Math.min(MAX_SEED_ORDERS, Number(raw.trim())), invalid: null };
}

/**
 * Starts the demo backend's worker: a small chunk loaded first, so the worker seeds and indexes
 * while the rest of the mock (MSW) and the app are still loading.
 */
export function startBackendWorker() {
  const seed = seedOrdersFromUrl(new URLSearchParams(window.location.search));
  return { ...startRemoteBackend(seed.seedOrders, webOverlayStorage(window.localStorage)), invalidSeed: seed.invalid };
}
