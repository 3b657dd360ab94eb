import { orderChangesSchema, orderDraftSchema, PASSWORD_LIMITS, refundReasonSchema, TEXT_LIMITS } from '@/domain';
import { z } from '@/domain/zod';

/**
 * What a write sends: both backends check every body with these (so does the order form before it
 * sends one). The first page of orders reads only answers, so it loads none of them.
 */

export const createOrderBodySchema = orderDraftSchema;
export const patchOrderBodySchema = z.extend(orderChangesSchema, { version: z.number().check(z.int(), z.minimum(1)) });
export type PatchOrderBody = z.infer<typeof patchOrderBodySchema>;

export const MAX_BULK_IDS = 100_000;
export const idsBodySchema = z.strictObject({
  ids: z.array(z.string().check(z.maxLength(64))).check(z.minLength(1), z.maxLength(MAX_BULK_IDS)),
});

export const refundRequestBodySchema = z.strictObject({
  reason: refundReasonSchema,
  note: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.refundNote))),
  itemIds: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(50))),
});
export type RefundRequestBody = z.infer<typeof refundRequestBodySchema>;

export const signInBodySchema = z.strictObject({
  email: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.email)),
  password: z.string().check(z.minLength(1), z.maxLength(PASSWORD_LIMITS.max)),
});
export type SignInBody = z.infer<typeof signInBodySchema>;
