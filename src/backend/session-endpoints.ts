import type { z } from 'zod/mini';
import { sessionResponseSchema, signInBodySchema, type ErrorCode, type SessionResponse } from '@/api/contract';
import { SESSION_LIMITS } from '@/domain';
import type { Principal } from './account-store';
import { crossSiteRefusal, type OrdersApi } from './endpoints';
import type { RequestContext } from './orders-service';
import { success, type Outcome } from './outcome';
import { readJsonBody } from './request-input';
import { SESSION_COOKIE, unauthenticated, type SessionService, type SignInOutcome } from './session-service';

/** What the session endpoints call: the service itself, or (in the demo's browser) a proxy to it. */
export interface SessionApi {
  signIn(body: z.infer<typeof signInBodySchema>, address: string): Promise<SignInOutcome>;
  authenticate(cookie: string | undefined): Promise<Principal | null>;
  signOut(cookie: string | undefined): Promise<void>;
}

export const sessionApiOf = (service: SessionService): SessionApi => ({
  signIn: (body, address) => service.signIn(body, address),
  authenticate: (cookie) => service.authenticate(cookie),
  signOut: (cookie) => service.signOut(cookie),
});

interface SessionEndpoint {
  method: 'get' | 'post' | 'delete';
  path: '/session';
  summary: string;
  write: boolean;
  body?: z.ZodMiniType;
  success: { status: 200 | 204; schema?: z.ZodMiniType };
  errors: readonly ErrorCode[];
}

/** The session endpoints, for the OpenAPI document; `answerSession` answers them on both backends. */
export const SESSION_ENDPOINTS = {
  signIn: {
    method: 'post',
    path: '/session',
    summary: 'Signs in: sets an HttpOnly, SameSite=Lax session cookie',
    write: true,
    body: signInBodySchema,
    success: { status: 200, schema: sessionResponseSchema },
    errors: ['forbidden', 'bad_request', 'validation', 'invalid_credentials', 'too_many_attempts'],
  },
  current: {
    method: 'get',
    path: '/session',
    summary: 'Who is signed in',
    write: false,
    success: { status: 200, schema: sessionResponseSchema },
    errors: ['unauthenticated'],
  },
  signOut: {
    method: 'delete',
    path: '/session',
    summary: 'Signs out: the session ends on every server',
    write: true,
    success: { status: 204 },
    errors: ['forbidden'],
  },
} as const satisfies Record<string, SessionEndpoint>;

export type SessionEndpointName = keyof typeof SESSION_ENDPOINTS;

/** An answer, and the Set-Cookie header (if any) that goes with it. */
export interface SessionAnswer {
  outcome: Outcome<unknown>;
  setCookie?: string;
  retryAfterSeconds?: number;
}

/** The session cookie as a Set-Cookie header; `null` clears it. Secure whenever the request came over HTTPS. */
export function sessionCookieHeader(value: string | null, secure: boolean): string {
  const parts = [
    `${SESSION_COOKIE}=${value ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${value === null ? 0 : Math.floor(SESSION_LIMITS.absoluteMs / 1000)}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/** Answers a session endpoint the same way on both backends; only the cookie's transport differs. */
export async function answerSession(
  name: SessionEndpointName,
  api: SessionApi,
  request: Request,
  { cookie, address, secure }: { cookie: string | undefined; address: string; secure: boolean },
): Promise<SessionAnswer> {
  const endpoint: SessionEndpoint = SESSION_ENDPOINTS[name];
  if (endpoint.write) {
    const refused = crossSiteRefusal(request);
    if (refused) return { outcome: refused };
  }
  if (name === 'current') {
    const principal = await api.authenticate(cookie);
    return { outcome: principal ? success<SessionResponse>(principal) : unauthenticated() };
  }
  if (name === 'signOut') {
    await api.signOut(cookie);
    return { outcome: success(null, 204), setCookie: sessionCookieHeader(null, secure) };
  }
  const body = await readJsonBody(request, signInBodySchema);
  if (!body.ok) return { outcome: body };
  const { cookie: value, retryAfterSeconds, ...outcome } = await api.signIn(body.body, address);
  // The session the browser had ends once the new one exists (a token planted before sign-in is
  // worthless after it); a failed attempt leaves it as it was.
  if (outcome.ok && cookie) await api.signOut(cookie);
  return {
    outcome,
    ...(value ? { setCookie: sessionCookieHeader(value, secure) } : {}),
    ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
  };
}

/**
 * The orders API for a signed-in request: the principal and the context its writes record, or the
 * 401 every protected endpoint answers without a live session.
 */
export async function authenticateRequest(
  api: SessionApi,
  cookie: string | undefined,
  requestId: string | null,
): Promise<{ ok: true; principal: Principal; context: RequestContext } | { ok: false; outcome: Outcome<never> }> {
  const principal = await api.authenticate(cookie);
  if (!principal) return { ok: false, outcome: unauthenticated() };
  return { ok: true, principal, context: { actor: { id: principal.user.id, name: principal.user.name }, requestId } };
}

export type { OrdersApi };
