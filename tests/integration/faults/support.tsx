import type { QueryClient } from '@tanstack/react-query';
import { http } from 'msw';
import { afterAll, afterEach, beforeEach } from 'vitest';
import type { FaultInjector, FaultKind } from '@mocks/backend/faults';
import { createQueryClient } from '@/app/query-client';
import { httpSettings } from '@/api/http-client';
import { renderApp, type RenderedApp } from '../../support/render-app';

/** Shared helpers for the network-fault tests: a fault tally per file, request recorders, a custom client. */

const KINDS: readonly FaultKind[] = ['latency', 'failure', 'timeout', 'offline'];
const zero = (): Record<FaultKind, number> => ({ latency: 0, failure: 0, timeout: 0, offline: 0 });

/**
 * Adds up what the injector did over every test of the file (the counters are read before the
 * next reset) and prints one line at the end. The "nothing typed was lost" claim is only made when
 * every test of the file passed.
 */
export function tallyFaults(api: { faults: FaultInjector }): void {
  const tally = zero();
  let baseline = zero();
  let failed = 0;
  beforeEach(() => {
    baseline = { ...api.faults.injected };
  });
  afterEach((context) => {
    for (const kind of KINDS) tally[kind] += Math.max(0, api.faults.injected[kind] - baseline[kind]);
    if (context.task.result?.state === 'fail') failed += 1;
  });
  afterAll(() => {
    const total = tally.failure + tally.timeout + tally.offline + tally.latency;
    const breakdown = `latency ${tally.latency}, failures ${tally.failure}, time-outs ${tally.timeout}, offline ${tally.offline}`;
    const verdict = failed === 0 ? 'nothing typed was lost' : `${failed} test(s) failed, see above`;
    console.log(`faults: ${total} injected (${breakdown}); ${verdict}`);
  });
}

/** Shortens the client's request time-out for the file, and puts it back afterwards. */
export function shortenTimeout(ms = 300): void {
  const original = httpSettings.timeoutMs;
  beforeEach(() => {
    httpSettings.timeoutMs = ms;
  });
  afterEach(() => {
    httpSettings.timeoutMs = original;
  });
}

export interface SeenRequest {
  at: number;
  url: string;
  idempotencyKey: string | null;
}

type Method = 'get' | 'post' | 'patch';
interface Server {
  use: (...handlers: ReturnType<typeof http.get>[]) => void;
}

/**
 * Records every request to `path` (before any fault is injected), then lets it through to the
 * demo backend and its fault injector. `onRequest` runs first, with the 1-based count.
 */
export function recordRequests(
  server: Server,
  method: Method,
  path: string,
  onRequest?: (count: number) => void,
): SeenRequest[] {
  const seen: SeenRequest[] = [];
  server.use(
    http[method](path, ({ request }) => {
      seen.push({ at: Date.now(), url: request.url, idempotencyKey: request.headers.get('Idempotency-Key') });
      onRequest?.(seen.length);
      return undefined;
    }),
  );
  return seen;
}

/** Like renderApp, but with the query client given (e.g. the app's own, retries on). */
export function renderAppWith(url: string, queryClient: QueryClient): Promise<RenderedApp> {
  return renderApp(url, { queryClient });
}

/**
 * The app's own query client (reads retry with back-off, writes don't), without focus refetches.
 * Every client made is stopped after its test, so no retry outlives it.
 */
export function realQueryClients(): () => QueryClient {
  const made: QueryClient[] = [];
  afterEach(async () => {
    for (const client of made.splice(0)) {
      await client.cancelQueries();
      client.clear();
    }
  });
  return () => {
    const client = createQueryClient();
    client.setDefaultOptions({
      ...client.getDefaultOptions(),
      queries: { ...client.getDefaultOptions().queries, refetchOnWindowFocus: false },
    });
    made.push(client);
    return client;
  };
}
