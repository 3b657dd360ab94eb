import type { ApiErrorBody, ErrorCode } from '@/api/contract';

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
