import { setupWorker } from 'msw/browser';
import { FaultInjector, parseFaults } from './backend/faults';
import { OVERLAY_KEY, setDemoSessionCookie } from './backend/overlay';
import { createHandlers } from './handlers';
import type { startBackendWorker } from './worker/start-worker';

const FAULTS_KEY = 'orderdesk.demo.faults';

/** `?faults=latency:400,fail:0.2,timeout:0.05,offline` holds for the tab's session; `?faults=off` ends it. */
function faultsFromUrl(params: URLSearchParams): string | null {
  const raw = params.get('faults');
  if (raw === 'off') window.sessionStorage.removeItem(FAULTS_KEY);
  else if (raw) window.sessionStorage.setItem(FAULTS_KEY, raw);
  return window.sessionStorage.getItem(FAULTS_KEY);
}

/**
 * Puts MSW's service worker in front of the demo backend (already started in its Web Worker by
 * `startBackendWorker`). `?seedOrders=N` reseeds; changes persist in localStorage until reset.
 */
export async function startMockApi(backend: ReturnType<typeof startBackendWorker>): Promise<void> {
  // Two tabs share one demo store: a change saved in one is seen by the other, as with a real server.
  window.addEventListener('storage', (event) => {
    if (event.key === OVERLAY_KEY) backend.reload();
  });
  const faults = new FaultInjector(parseFaults(faultsFromUrl(new URLSearchParams(window.location.search))));
  setDemoSessionCookie(document);
  const worker = setupWorker(...createHandlers(() => backend.api, faults));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
