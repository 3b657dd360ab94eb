import type { z } from 'zod/mini';
import { MAX_BODY_BYTES } from '@/api/contract';

/** Past this, a body is not even read to the end: the connection is cut. */
export const DRAIN_LIMIT_BYTES = 4 * MAX_BODY_BYTES;
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
  const text = await readText(request);
  if (text === null) return tooLarge();
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return failure(400, 'bad_request', BODY_NOT_JSON);
  }
  return parseInput(schema, input);
}

/**
 * The body as text, or null when it is over the limit. An over-long body is still read (and
 * dropped) up to a hard cap, so the client gets the 413 instead of a connection cut mid-upload.
 */
async function readText(request: Request): Promise<string | null> {
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > DRAIN_LIMIT_BYTES) {
      await reader.cancel();
      return null;
    }
    if (size <= MAX_BODY_BYTES) chunks.push(value);
  }
  if (size > MAX_BODY_BYTES) return null;
  return new TextDecoder().decode(concat(chunks, size));
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}

export function tooLarge<T = never>(): Outcome<T> {
  return failure(413, 'payload_too_large', `The request body is over the ${MAX_BODY_BYTES / 1_000_000} MB limit`);
}

export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}
