import { orderSchema } from '@/domain';
import { z } from '@/domain/zod';

/** How every request travels: the error answers and their codes, the write header, the body limit. */

export const ERROR_CODES = [
  'not_found',
  'validation',
  'field_locked',
  'version_conflict',
  'shipping_method_unavailable',
  'cancel_window_closed',
  'not_cancellable',
  'refund_already_requested',
  'refund_not_allowed',
  'not_deletable',
  'not_restorable',
  'bad_request',
  'payload_too_large',
  'forbidden',
  'unauthenticated',
  'invalid_credentials',
  'too_many_attempts',
  'server_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status each error code is answered with (skip reasons in a bulk answer use the 409s' codes). */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  cancel_window_closed: 409,
  not_cancellable: 409,
  refund_already_requested: 409,
  not_deletable: 409,
  not_restorable: 409,
  payload_too_large: 413,
  validation: 422,
  field_locked: 422,
  shipping_method_unavailable: 422,
  refund_not_allowed: 422,
  too_many_attempts: 429,
  server_error: 500,
};

export const apiErrorBodySchema = z.looseObject({ code: z.string(), message: z.string() });
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });
export const validationErrorSchema = z.extend(apiErrorBodySchema, { issues: z.array(fieldIssueSchema) });
export const fieldLockedErrorSchema = z.extend(apiErrorBodySchema, { fields: z.array(z.string()) });
export const versionConflictErrorSchema = z.extend(apiErrorBodySchema, { current: orderSchema });

/** Every write carries this header: a form posted from another site can't, so it changes nothing. */
export const WRITE_HEADER = { name: 'X-Requested-With', value: 'orderdesk' } as const;
/** The largest request body either backend reads: room for a bulk request of MAX_BULK_IDS ids. */
export const MAX_BODY_BYTES = 4_000_000;
