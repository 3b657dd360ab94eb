import type { FieldIssue } from '@/domain';

/** Any failed request: an HTTP error with the API's code, a network failure, or an unreadable answer. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** Field issues from a 422 `validation`. */
  get issues(): FieldIssue[] {
    const issues = this.details.issues;
    if (!Array.isArray(issues)) return [];
    return issues.filter(
      (i): i is FieldIssue =>
        typeof i === 'object' && i !== null && typeof i.path === 'string' && typeof i.message === 'string',
    );
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
