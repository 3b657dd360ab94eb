import { delay, HttpResponse, type HttpResponseResolver } from 'msw';
import type { FaultInjector } from '../backend/faults';
import type { Outcome } from '@/backend/outcome';

/**
 * Every mock endpoint, anchored at the API's origin (the app's own unless VITE_API_URL says
 * otherwise), so the app's source files under /src/api/ in development are never mistaken for it.
 */
function apiOrigin(): string {
  const configured = import.meta.env.VITE_API_URL as string | undefined;
  return (configured || globalThis.location?.origin || 'http://localhost').replace(/\/$/, '');
}

export const api = (path: string) => `${apiOrigin()}/api${path}`;

/** Every answer carries a request id, as the server's do. */
export function respond<T>(outcome: Outcome<T>) {
  return HttpResponse.json(outcome.body as never, {
    status: outcome.status,
    headers: { 'X-Request-Id': crypto.randomUUID() },
  });
}

export function json<T>(body: T, status = 200) {
  return HttpResponse.json(body as never, { status });
}

export function error(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
  return HttpResponse.json({ code, message, ...details }, { status });
}

/** Wraps a handler so the injector's faults (latency, 500s, timeouts, offline) apply before it runs. */
export function withFaults(faults: FaultInjector | undefined, resolver: HttpResponseResolver): HttpResponseResolver {
  if (!faults) return resolver;
  return async (info) => {
    const { latencyMs, outcome } = faults.next();
    if (latencyMs > 0) await delay(latencyMs);
    if (outcome === 'offline') return HttpResponse.error();
    if (outcome === 'timeout') await delay('infinite');
    if (outcome === 'failure') return error(500, 'server_error', 'The server failed (injected fault).');
    return resolver(info);
  };
}
