import { setupWorker } from 'msw/browser';
import { MAX_SEED_ORDERS } from './data/seed';
import { DemoBackend } from './backend/demo-backend';
import { FaultInjector, parseFaults } from './backend/faults';
import { OVERLAY_KEY, webOverlayStorage } from './backend/overlay';
import { createHandlers } from './handlers';

const FAULTS_KEY = 'orderdesk.demo.faults';

function seedOrdersFromUrl(params: URLSearchParams): number | undefined {
  const raw = params.get('seedOrders');
  if (raw === null) return undefined;
  const count = Number.parseInt(raw, 10);
  return Number.isFinite(count) ? Math.max(0, Math.min(MAX_SEED_ORDERS, count)) : undefined;
}

/** `?faults=latency:400,fail:0.2,timeout:0.05,offline` holds for the tab's session; `?faults=off` ends it. */
function faultsFromUrl(params: URLSearchParams): string | null {
  const raw = params.get('faults');
  if (raw === 'off') window.sessionStorage.removeItem(FAULTS_KEY);
  else if (raw) window.sessionStorage.setItem(FAULTS_KEY, raw);
  return window.sessionStorage.getItem(FAULTS_KEY);
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The first page is served from the seed at once; sorting and search indexes follow in small
 * steps once the page is idle, so they don't delay the first rows and are ready soon after.
 */
function buildIndexesWhenIdle(backend: DemoBackend) {
  const start = () => void backend.prepareInBackground(yieldToPage, 20);
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 500 });
  else setTimeout(start, 200);
}

/** Starts the demo backend in this tab: `?seedOrders=N` reseeds, changes persist until reset. */
export async function startMockApi(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const backend = new DemoBackend({
    seedOrders: seedOrdersFromUrl(params),
    storage: webOverlayStorage(window.localStorage),
    onLoad: buildIndexesWhenIdle,
  });
  // Two tabs share one demo store: a change saved in one is seen by the other, as with a real server.
  window.addEventListener('storage', (event) => {
    if (event.key === OVERLAY_KEY) backend.reloadFromStorage();
  });
  const faults = new FaultInjector(parseFaults(faultsFromUrl(params)));
  const worker = setupWorker(...createHandlers(() => backend, faults));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
