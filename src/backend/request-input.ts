import type { z } from 'zod/mini';
import { MAX_BODY_BYTES } from '@/api/contract';
import { failure, parseInput, type Outcome } from './outcome';

export const BODY_NOT_JSON = 'The request body must be JSON';

/**
 * Reads a request's JSON body and checks it against a shared schema, for the demo and the server
 * alike: 400 for a body that is not JSON (by content type or content), 413 over the size limit,
 * 422 for a bad shape.
 */
export async function readJsonBody<S extends z.ZodMiniType>(request: Request, schema: S): Promise<Outcome<z.infer<S>>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    return failure(400, 'bad_request', `${BODY_NOT_JSON}: send it with Content-Type: application/json`);
  }
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) return tooLarge();
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) return tooLarge();
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return failure(400, 'bad_request', BODY_NOT_JSON);
  }
  return parseInput(schema, input);
}

export function tooLarge<T = never>(): Outcome<T> {
  return failure(413, 'payload_too_large', `The request body is over the ${MAX_BODY_BYTES / 1_000_000} MB limit`);
}

export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}
