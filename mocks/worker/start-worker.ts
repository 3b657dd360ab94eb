import { MAX_SEED_ORDERS } from '@/backend/seed/seed';
import { webOverlayStorage } from '../backend/overlay';
import { startRemoteBackend } from './remote-backend';

function seedOrdersFromUrl(params: URLSearchParams): number | undefined {
  const raw = params.get('seedOrders');
  if (raw === null) return undefined;
  const count = Number.parseInt(raw, 10);
  return Number.isFinite(count) ? Math.max(0, Math.min(MAX_SEED_ORDERS, count)) : undefined;
}

/**
 * Starts the demo backend's worker: a small chunk loaded first, so the worker seeds and indexes
 * while the rest of the mock (MSW) and the app are still loading.
 */
export function startBackendWorker() {
  const params = new URLSearchParams(window.location.search);
  return startRemoteBackend(seedOrdersFromUrl(params), webOverlayStorage(window.localStorage));
}
