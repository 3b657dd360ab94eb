import type { z } from 'zod/mini';
import { env } from '@/config/env';
import { apiErrorBodySchema, WRITE_HEADER } from './contract';
import { ApiError } from './api-error';
import { useSessionExpiry } from '@/stores/session-expiry';

type Query = Record<string, string | number | undefined>;

const SESSION_PATH = '/session';

export const httpSettings = {
  /** How long a request may take before it counts as failed. Tests shorten it. */
  timeoutMs: 15_000,
  /** Requests wait for this first: the demo backend's start, so the page can render meanwhile. */
  ready: Promise.resolve() as Promise<unknown>,
};

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function apiUrl(path: string, query?: Query): string {
  const url = `${env.apiUrl}/api${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json') && !response.ok) {
    const code = response.status >= 500 ? 'server_error' : 'http_error';
    throw new ApiError(response.status, code, `The server failed (${response.status}). Try again in a moment.`);
  }
  if (!type.includes('json')) {
    throw new ApiError(
      response.status || 502,
      'bad_response',
      `The server answered with ${type || 'no content type'}, not JSON.`,
    );
  }
  try {
    return await response.json();
  } catch {
    throw new ApiError(response.status || 502, 'bad_response', 'The server sent JSON that could not be read.');
  }
}

/** One request to the API; the answer is parsed with the contract's schema or an ApiError is thrown. */
export async function request<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const { method = 'GET', query, body, headers, signal } = options;
  await httpSettings.ready;
  let response: Response;
  const timeout = AbortSignal.timeout(httpSettings.timeoutMs);
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      headers: {
        Accept: 'application/json',
        ...(method === 'GET' ? {} : { [WRITE_HEADER.name]: WRITE_HEADER.value }),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    if (timeout.aborted) {
      throw new ApiError(0, 'timeout', 'The server took too long to answer. Check your connection and try again.');
    }
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network', "Can't reach the server. Check your connection and try again.");
  }
  const payload = response.status === 204 ? null : await readJson(response);
  if (!response.ok) {
    const error = apiErrorBodySchema.safeParse(payload);
    if (!error.success) throw new ApiError(response.status, 'server_error', `The server failed (${response.status}).`);
    const { code, message, ...details } = error.data;
    // The session ended mid-work (the session endpoints answer for themselves): the app asks to sign in again.
    if (code === 'unauthenticated' && path !== SESSION_PATH) useSessionExpiry.getState().report(method !== 'GET');
    throw new ApiError(response.status, code, message, details);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'bad_response',
      `The server's answer did not have the expected shape (${parsed.error.issues[0]?.path.join('.') ?? 'body'}).`,
    );
  }
  return parsed.data;
}
