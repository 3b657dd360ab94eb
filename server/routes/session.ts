import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import {
  answerSession,
  SESSION_ENDPOINTS,
  type SessionApi,
  type SessionEndpointName,
} from '@/backend/session-endpoints';
import { SESSION_COOKIE } from '@/backend/session-service';
import type { AppEnv } from '../http/app-env';
import { respond } from '../http/errors';

export interface ClientOptions {
  /** Behind a proxy that sets X-Forwarded-For and X-Forwarded-Proto: believe them. */
  trustProxy: boolean;
}

/** The client's address, for the sign-in limits: the proxy's word only when it is trusted. */
export function clientAddress(c: Context, { trustProxy }: ClientOptions): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return forwarded || getConnInfo(c).remote.address || 'unknown';
}

function cameOverHttps(c: Context, { trustProxy }: ClientOptions): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/** Sign-in, who is signed in, and sign-out (src/backend/session-endpoints.ts), on the server's sessions table. */
export function sessionRoutes(sessions: SessionApi, client: ClientOptions) {
  const routes = new Hono<AppEnv>();
  for (const name of Object.keys(SESSION_ENDPOINTS) as SessionEndpointName[]) {
    const endpoint = SESSION_ENDPOINTS[name];
    routes.on(endpoint.method.toUpperCase(), endpoint.path, async (c) => {
      const { outcome, setCookie, retryAfterSeconds } = await answerSession(name, sessions, c.req.raw, {
        cookie: getCookie(c, SESSION_COOKIE),
        address: clientAddress(c, client),
        secure: cameOverHttps(c, client),
      });
      if (setCookie) c.header('Set-Cookie', setCookie);
      if (retryAfterSeconds) c.header('Retry-After', String(retryAfterSeconds));
      return outcome.status === 204 ? c.body(null, 204) : respond(c, outcome);
    });
  }
  return routes;
}
