import {
  activityActionSchema,
  activityChangeSchema,
  isoDate,
  orderSchema,
  orderStatusSchema,
  productSchema,
  refundRequestSchema,
} from '@/domain';
import { z } from '@/domain/zod';
import { statusFilterSchema, type StatusFilter } from './queries';

/** What the API answers: the dashboard parses every answer with these before it shows anything. */

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

export const skippedSchema = z.object({ id: z.string(), code: z.string(), message: z.string() });
export type Skipped = z.infer<typeof skippedSchema>;
export const bulkDeleteResponseSchema = z.object({ deleted: z.array(z.string()), skipped: z.array(skippedSchema) });
export type BulkDeleteResponse = z.infer<typeof bulkDeleteResponseSchema>;
export const restoreResponseSchema = z.object({ restored: z.array(z.string()), skipped: z.array(skippedSchema) });
export type RestoreResponse = z.infer<typeof restoreResponseSchema>;

export const refundRequestResponseSchema = z.object({ request: refundRequestSchema, order: orderSchema });
export type RefundRequestResponse = z.infer<typeof refundRequestResponseSchema>;

export const orderResponseSchema = orderSchema;
export const productListResponseSchema = z.object({ items: z.array(productSchema) });

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
