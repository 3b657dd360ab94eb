import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { jsonBody } from '@/backend/json-text';
import type { Outcome } from '@/backend/outcome';
import type { ErrorCode } from '@/api/contract';
import type { AppEnv } from './app-env';

/** An operation's answer as the response; JSON the database wrote goes out as it is (json-text.ts). */
export function respond(c: Context, outcome: Outcome<unknown>): Response {
  return c.body(jsonBody(outcome.body), outcome.status as ContentfulStatusCode, JSON_TYPE);
}

const JSON_TYPE = { 'Content-Type': 'application/json' };

export function errorResponse(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string): Response {
  return c.json({ code, message }, status);
}

/** Anything thrown becomes the contract's `{ code, message }`: never a stack trace, always the request id to quote. */
export function onError(error: Error, c: Context<AppEnv>): Response {
  const requestId = c.get('requestId');
  c.get('log').error({ err: error, requestId }, 'request failed');
  return errorResponse(
    c,
    500,
    'server_error',
    `Something went wrong on our side. Try again; if it keeps happening, quote request ${requestId}.`,
  );
}
