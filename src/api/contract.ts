import {
  activityActionSchema,
  activityChangeSchema,
  isoDate,
  orderChangesSchema,
  PASSWORD_LIMITS,
  orderDraftSchema,
  orderSchema,
  orderStatusSchema,
  ORDER_STATUSES,
  productSchema,
  refundReasonSchema,
  refundRequestSchema,
  TEXT_LIMITS,
} from '@/domain';
import { z } from '@/domain/zod';

/**
 * The HTTP API's shapes: the one source of truth for the client (which parses every answer), the
 * mock (which validates every request) and the tests.
 */

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

export const SORT_FIELDS = ['createdAt', 'totalCents', 'customer', 'status'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export const sortSchema = z.enum([...SORT_FIELDS, ...SORT_FIELDS.map((f) => `-${f}` as const)]);
export type OrderSort = z.infer<typeof sortSchema>;
export const DEFAULT_SORT: OrderSort = '-createdAt';

export const PAGE_SIZES = [25, 50, 100, 250] as const;
export const MAX_PAGE_SIZE = 250;

export const statusFilterSchema = z.enum(['all', ...ORDER_STATUSES]);
export type StatusFilter = z.infer<typeof statusFilterSchema>;

export const orderListParamsSchema = z.object({
  status: z._default(statusFilterSchema, 'all'),
  q: z._default(z.string().check(z.maxLength(200)), ''),
  sort: z._default(sortSchema, DEFAULT_SORT),
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE)), 25),
});
export type OrderListParams = z.infer<typeof orderListParamsSchema>;

export type StatusCounts = Record<StatusFilter, number>;

export const orderListResponseSchema = z.object({
  items: z.array(orderSchema),
  total: z.number().check(z.int(), z.minimum(0)),
  page: z.number().check(z.int(), z.minimum(1)),
  pageSize: z.number().check(z.int(), z.minimum(1)),
  counts: z.object(
    Object.fromEntries(statusFilterSchema.options.map((s) => [s, z.number().check(z.int(), z.minimum(0))])) as Record<
      StatusFilter,
      z.ZodMiniNumber
    >,
  ),
});
export type OrderListResponse = z.infer<typeof orderListResponseSchema>;

export const orderIdsParamsSchema = z.pick(orderListParamsSchema, { status: true, q: true });
export type OrderIdsParams = z.infer<typeof orderIdsParamsSchema>;
/** `statuses[i]` is the status of `ids[i]`, so a selection can say what a delete will skip. */
export const orderIdsResponseSchema = z
  .object({
    ids: z.array(z.string()),
    /** The status of each id, in the same order: the client never guesses one. */
    statuses: z.array(orderStatusSchema),
    total: z.number().check(z.int(), z.minimum(0)),
  })
  .check(z.refine((answer) => answer.statuses.length === answer.ids.length, { path: ['statuses'] }));
export type OrderIdsResponse = z.infer<typeof orderIdsResponseSchema>;

export const createOrderBodySchema = orderDraftSchema;
export const patchOrderBodySchema = z.extend(orderChangesSchema, { version: z.number().check(z.int(), z.minimum(1)) });
export type PatchOrderBody = z.infer<typeof patchOrderBodySchema>;

export const MAX_BULK_IDS = 100_000;
/** Every write carries this header: a form posted from another site can't, so it changes nothing. */
export const WRITE_HEADER = { name: 'X-Requested-With', value: 'orderdesk' } as const;
/** The largest request body either backend reads: room for a bulk request of MAX_BULK_IDS ids. */
export const MAX_BODY_BYTES = 4_000_000;
export const idsBodySchema = z.strictObject({
  ids: z.array(z.string().check(z.maxLength(64))).check(z.minLength(1), z.maxLength(MAX_BULK_IDS)),
});
export const skippedSchema = z.object({ id: z.string(), code: z.string(), message: z.string() });
export type Skipped = z.infer<typeof skippedSchema>;
export const bulkDeleteResponseSchema = z.object({ deleted: z.array(z.string()), skipped: z.array(skippedSchema) });
export type BulkDeleteResponse = z.infer<typeof bulkDeleteResponseSchema>;
export const restoreResponseSchema = z.object({ restored: z.array(z.string()), skipped: z.array(skippedSchema) });
export type RestoreResponse = z.infer<typeof restoreResponseSchema>;

export const refundRequestBodySchema = z.strictObject({
  reason: refundReasonSchema,
  note: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.refundNote))),
  itemIds: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(50))),
});
export type RefundRequestBody = z.infer<typeof refundRequestBodySchema>;
export const refundRequestResponseSchema = z.object({ request: refundRequestSchema, order: orderSchema });
export type RefundRequestResponse = z.infer<typeof refundRequestResponseSchema>;

export const orderResponseSchema = orderSchema;
export const productListResponseSchema = z.object({ items: z.array(productSchema) });

export { orderStatusSchema };

export const signInBodySchema = z.strictObject({
  email: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.email)),
  password: z.string().check(z.minLength(1), z.maxLength(PASSWORD_LIMITS.max)),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

export const sessionResponseSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  merchant: z.object({ id: z.string(), name: z.string() }),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const activityEntrySchema = z.object({
  id: z.string(),
  at: isoDate,
  actor: z.object({ id: z.string(), name: z.string() }),
  action: activityActionSchema,
  /** For an edit: each field that changed, as it read before and after. */
  changes: z.array(activityChangeSchema),
  /** A line more for some actions: a refund request's reason and estimate. */
  detail: z.nullable(z.string()),
  /** The request that made the change, as its answer's X-Request-Id said. */
  requestId: z.nullable(z.string()),
});
export type ActivityEntry = z.infer<typeof activityEntrySchema>;
export const activityResponseSchema = z.object({ items: z.array(activityEntrySchema) });
export type ActivityResponse = z.infer<typeof activityResponseSchema>;
