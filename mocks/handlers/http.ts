import { delay, HttpResponse, type HttpResponseResolver } from 'msw';
import type { FaultInjector } from '../backend/faults';
import type { Outcome } from '@/backend/outcome';
import { SESSION_COOKIE } from '@/backend/session-service';

/**
 * Every mock endpoint, anchored at the API's origin (the app's own unless VITE_API_URL says
 * otherwise), so the app's source files under /src/api/ in development are never mistaken for it.
 */
function apiOrigin(): string {
  const configured = import.meta.env.VITE_API_URL as string | undefined;
  return (configured || globalThis.location?.origin || 'http://localhost').replace(/\/$/, '');
}

export const api = (path: string) => `${apiOrigin()}/api${path}`;

/** Every answer carries a request id, as the server's do (the activity trail records it). */
export function respond<T>(
  outcome: Outcome<T>,
  requestId: string = crypto.randomUUID(),
  headers: Record<string, string> = {},
) {
  const init = { status: outcome.status, headers: { 'X-Request-Id': requestId, ...headers } };
  return outcome.status === 204 ? new HttpResponse(null, init) : HttpResponse.json(outcome.body as never, init);
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

/**
 * The session cookie as MSW reads it. MSW adds the page's cookies to the request's Cookie header
 * once per handler it tries, joined with ", ", so the value may repeat: the first is the one.
 */
export function sessionCookie(cookies: Record<string, string>): string | undefined {
  return cookies[SESSION_COOKIE]?.split(',')[0]?.trim();
}
