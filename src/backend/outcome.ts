import type { z } from 'zod/mini';
import type { FieldIssue } from '@/domain';
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

/** Paths of strings in `input` no database can keep as text: NUL, or a lone UTF-16 surrogate. */
export function unstorableTextPaths(input: unknown, path = ''): string[] {
  if (typeof input === 'string') return UNSTORABLE.test(input) ? [path] : [];
  if (Array.isArray(input)) return input.flatMap((item, index) => unstorableTextPaths(item, join(path, String(index))));
  if (input && typeof input === 'object') {
    return Object.entries(input).flatMap(([key, value]) => [
      ...unstorableTextPaths(key, path),
      ...unstorableTextPaths(value, join(path, key)),
    ]);
  }
  return [];
}

// NUL is the point of this pattern: PostgreSQL text and jsonb refuse it.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Checks a request's input against a shared schema: 422 `validation` naming each field that is wrong. */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown): Outcome<z.infer<S>> {
  const unstorable = unstorableTextPaths(input);
  if (unstorable.length > 0) {
    return validationFailure(unstorable.map((path) => ({ path, message: UNSTORABLE_TEXT })));
  }
  const result = schema.safeParse(input);
  if (result.success) return success(result.data);
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const message = first ? `${first.path || 'body'}: ${first.message}` : 'The request is not valid';
  return failure(422, 'validation', message, { issues });
}
