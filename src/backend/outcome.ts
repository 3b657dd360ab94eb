import type { z } from 'zod/mini';
import type { FieldIssue } from '@/domain';
import { issueSentence } from '@/domain/field-labels';
import type { ApiErrorBody, ErrorCode } from '@/api/contract';

/** An operation's answer, before it becomes an HTTP response (MSW's in the demo, Hono's on the server). */
export type Outcome<T> = { ok: true; status: number; body: T } | { ok: false; status: number; body: ApiErrorBody };

export function success<T>(body: T, status = 200): Outcome<T> {
  return { ok: true, status, body };
}

export function failure<T = never>(
  status: number,
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): Outcome<T> {
  return { ok: false, status, body: { code, message, ...details } };
}

export function validationFailure<T = never>(issues: FieldIssue[]): Outcome<T> {
  const first = issues[0];
  const message = issues.length === 1 && first ? first.message : `${issues.length} fields need attention`;
  return failure(422, 'validation', message, { issues });
}

export const UNSTORABLE_TEXT = 'This text has a character that can’t be stored (a NUL or half of an emoji)';

/** Deeper than any request of the API needs; deeper input is refused rather than walked. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Paths of strings in `input` no database can keep as text (NUL, or a lone UTF-16 surrogate), and
 * of anything nested deeper than MAX_INPUT_DEPTH. Walked without recursion, so no input can
 * exhaust the stack.
 */
export function unstorableTextPaths(input: unknown): { path: string; message: string }[] {
  const found: { path: string; message: string }[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: input, path: '', depth: 0 }];
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) found.push({ path, message: UNSTORABLE_TEXT });
    } else if (value && typeof value === 'object') {
      if (depth >= MAX_INPUT_DEPTH) {
        found.push({ path, message: TOO_DEEP });
        continue;
      }
      for (const [key, item] of Object.entries(value)) {
        if (UNSTORABLE.test(key)) found.push({ path, message: UNSTORABLE_TEXT });
        pending.push({ value: item, path: join(path, key), depth: depth + 1 });
      }
    }
  }
  return found;
}

const TOO_DEEP = 'This is nested deeper than any field of the API';

// NUL is the point of this pattern: PostgreSQL text and jsonb refuse it.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Checks a request's input against a shared schema: 422 `validation` naming each field that is wrong. */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown): Outcome<z.infer<S>> {
  const unstorable = unstorableTextPaths(input);
  if (unstorable.length > 0) return validationFailure(unstorable);
  const result = schema.safeParse(input);
  if (result.success) return success(result.data);
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const message = first ? issueSentence(first) : 'The request is not valid';
  return failure(422, 'validation', message, { issues });
}
