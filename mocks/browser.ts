import { setupWorker } from 'msw/browser';
import { MAX_SEED_ORDERS } from './data/seed';
import { DemoBackend } from './backend/demo-backend';
import { webOverlayStorage } from './backend/overlay';
import { createHandlers } from './handlers';

function seedOrdersFromUrl(): number | undefined {
  const raw = new URLSearchParams(window.location.search).get('seedOrders');
  if (raw === null) return undefined;
  const count = Number.parseInt(raw, 10);
  return Number.isFinite(count) ? Math.max(0, Math.min(MAX_SEED_ORDERS, count)) : undefined;
}

/** Starts the demo backend in this tab: `?seedOrders=N` reseeds, changes persist until reset. */
export async function startMockApi(): Promise<void> {
  const backend = new DemoBackend({
    seedOrders: seedOrdersFromUrl(),
    storage: webOverlayStorage(window.localStorage),
  });
  const worker = setupWorker(...createHandlers(() => backend));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
