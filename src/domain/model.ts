import { MAX_ORDER_TOTAL_CENTS } from './money';
import { z } from './zod';

/** Order shapes shared by the rules, the API client and the mock. Money is integer cents. */

export const ORDER_STATUSES = ['unpaid', 'unfulfilled', 'in_production', 'fulfilled', 'shipped', 'cancelled'] as const;
export const orderStatusSchema = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

export const SHIPPING_METHODS = ['standard', 'express'] as const;
export const shippingMethodSchema = z.enum(SHIPPING_METHODS);
export type ShippingMethod = z.infer<typeof shippingMethodSchema>;

/** The longest text each field takes: the schemas enforce them, the form shows them as a field fills up. */
export const TEXT_LIMITS = {
  customerName: 120,
  email: 254,
  recipient: 120,
  addressLine: 120,
  city: 80,
  region: 80,
  postalCode: 20,
  phone: 40,
  personalization: 200,
  refundNote: 1000,
} as const;

export const cents = z.number().check(z.int(), z.minimum(0), z.maximum(MAX_ORDER_TOTAL_CENTS));
export const isoDate = z.string().check(z.iso.datetime({ offset: true }));

export const productKindSchema = z.enum(['standard', 'personalized']);
export type ProductKind = z.infer<typeof productKindSchema>;

export const productSchema = z.object({
  id: z.string(),
  name: z.string(),
  priceCents: cents,
  kind: productKindSchema,
  /** Carriers refuse it by express (a lighter, say). */
  restricted: z.boolean(),
});
export type Product = z.infer<typeof productSchema>;

export const lineItemSchema = z.object({
  id: z.string(),
  productId: z.string(),
  name: z.string(),
  unitPriceCents: cents,
  quantity: z.number().check(z.int(), z.minimum(1), z.maximum(999)),
  kind: productKindSchema,
  restricted: z.boolean(),
  personalization: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.personalization))),
});
export type LineItem = z.infer<typeof lineItemSchema>;

export const addressSchema = z.object({
  name: z.string().check(z.maxLength(TEXT_LIMITS.recipient)),
  line1: z.string().check(z.maxLength(TEXT_LIMITS.addressLine)),
  line2: z.string().check(z.maxLength(TEXT_LIMITS.addressLine)),
  city: z.string().check(z.maxLength(TEXT_LIMITS.city)),
  region: z.string().check(z.maxLength(TEXT_LIMITS.region)),
  postalCode: z.string().check(z.maxLength(TEXT_LIMITS.postalCode)),
  country: z.string().check(z.length(2)),
  phone: z.string().check(z.maxLength(TEXT_LIMITS.phone)),
});
export type Address = z.infer<typeof addressSchema>;

export const customerSchema = z.object({
  name: z.string().check(z.maxLength(TEXT_LIMITS.customerName)),
  email: z.string().check(z.maxLength(TEXT_LIMITS.email)),
});
export type Customer = z.infer<typeof customerSchema>;

export const REFUND_REASONS = [
  'changed_mind',
  'wrong_address',
  'damaged',
  'not_received',
  'duplicate',
  'cancellation',
  'other',
] as const;
export const refundReasonSchema = z.enum(REFUND_REASONS);
export type RefundReason = z.infer<typeof refundReasonSchema>;

export const refundEstimateLineSchema = z.object({
  itemId: z.string(),
  name: z.string(),
  quantity: z.number().check(z.int()),
  paidCents: cents,
  feeCents: cents,
  refundCents: cents,
});
export type RefundEstimateLine = z.infer<typeof refundEstimateLineSchema>;

export const refundEstimateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('estimate'),
    rule: z.enum(['free_window', 'before_production', 'in_production']),
    explanation: z.string(),
    lines: z.array(refundEstimateLineSchema),
    shippingCents: cents,
    totalCents: cents,
    currency: z.string(),
  }),
  z.object({
    kind: z.literal('review'),
    rule: z.literal('return_policy'),
    explanation: z.string(),
  }),
]);
export type RefundEstimate = z.infer<typeof refundEstimateSchema>;

export const refundRequestSchema = z.object({
  id: z.string(),
  createdAt: isoDate,
  reason: refundReasonSchema,
  note: z.string(),
  itemIds: z.array(z.string()),
  estimate: refundEstimateSchema,
  status: z.enum(['pending', 'approved', 'declined']),
});
export type RefundRequest = z.infer<typeof refundRequestSchema>;

export const orderSchema = z.object({
  id: z.string(),
  code: z.string(),
  status: orderStatusSchema,
  /** Bumped on every change; a PATCH must carry the version it read. */
  version: z.number().check(z.int(), z.minimum(1)),
  createdAt: isoDate,
  paidAt: z.nullable(isoDate),
  currency: z.string().check(z.length(3)),
  customer: customerSchema,
  items: z.array(lineItemSchema),
  shippingAddress: addressSchema,
  shippingMethod: shippingMethodSchema,
  shippingCents: cents,
  subtotalCents: cents,
  totalCents: cents,
  refundRequests: z.array(refundRequestSchema),
});
export type Order = z.infer<typeof orderSchema>;

/** What a write did to an order, as its activity trail records it (activity.ts words it). */
export const ACTIVITY_ACTIONS = ['created', 'edited', 'deleted', 'restored', 'cancelled', 'refund_requested'] as const;
export const activityActionSchema = z.enum(ACTIVITY_ACTIONS);
export type ActivityAction = z.infer<typeof activityActionSchema>;

/** One field an edit changed, as a person reads it before and after ("" when it was empty). */
export const activityChangeSchema = z.object({ path: z.string(), before: z.string(), after: z.string() });
export type ActivityChange = z.infer<typeof activityChangeSchema>;
