import { delay, HttpResponse, type HttpResponseResolver } from 'msw';
import type { FaultInjector } from '../backend/faults';
import type { z } from 'zod/mini';
import type { Outcome } from '../backend/outcome';
import { issueSentence } from '@/domain/field-labels';

/**
 * Every mock endpoint, anchored at the API's origin (the app's own unless VITE_API_URL says
 * otherwise), so the app's source files under /src/api/ in development are never mistaken for it.
 */
function apiOrigin(): string {
  const configured = import.meta.env.VITE_API_URL as string | undefined;
  return (configured || globalThis.location?.origin || 'http://localhost').replace(/\/$/, '');
}

export const api = (path: string) => `${apiOrigin()}/api${path}`;

export function respond<T>(outcome: Outcome<T>) {
  return HttpResponse.json(outcome.body as never, { status: outcome.status });
}

export function json<T>(body: T, status = 200) {
  return HttpResponse.json(body as never, { status });
}

export function error(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
  return HttpResponse.json({ code, message, ...details }, { status });
}

function issuesOf(zodError: z.core.$ZodError) {
  return zodError.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const issues = issuesOf(result.error);
  const first = issues[0];
  const message = first ? issueSentence(first) : 'The request is not valid';
  return { ok: false, response: error(422, 'validation', message, { issues }) };
}

/** Reads a JSON body and checks it against the shared schema: 400 for non-JSON, 422 for a bad shape. */
export async function readBody<S extends z.ZodMiniType>(request: Request, schema: S): Promise<Parsed<z.infer<S>>> {
  let input: unknown;
  try {
    input = await request.json();
  } catch {
    return { ok: false, response: error(400, 'bad_request', 'The request body must be JSON') };
  }
  return parseWith(schema, input);
}

export function searchParams(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
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
