import { addressSchema, customerSchema, shippingMethodSchema, TEXT_LIMITS } from './model';
import { z } from './zod';

/** What a merchant sends to create or change an order; the server fills in the rest. */

export const lineItemInputSchema = z.strictObject({
  /** Present for an item the order already has. */
  id: z.optional(z.string().check(z.maxLength(64))),
  productId: z.string().check(z.minLength(1), z.maxLength(64)),
  quantity: z
    .number()
    .check(z.int(), z.minimum(1, 'Quantity must be at least 1'), z.maximum(999, 'Quantity can be at most 999')),
  personalization: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.personalization))),
});
export type LineItemInput = z.infer<typeof lineItemInputSchema>;

const addressInput = z.strictObject(addressSchema.shape);
const customerInput = z.strictObject(customerSchema.shape);

export const orderDraftSchema = z.strictObject({
  customer: customerInput,
  items: z.array(lineItemInputSchema).check(z.minLength(1, 'Add at least one item'), z.maxLength(50)),
  shippingAddress: addressInput,
  shippingMethod: shippingMethodSchema,
});
export type OrderDraft = z.infer<typeof orderDraftSchema>;

export const orderChangesSchema = z.strictObject({
  customer: z.optional(customerInput),
  items: z.optional(z.array(lineItemInputSchema).check(z.minLength(1, 'Add at least one item'), z.maxLength(50))),
  shippingAddress: z.optional(addressInput),
  shippingMethod: z.optional(shippingMethodSchema),
});
export type OrderChanges = z.infer<typeof orderChangesSchema>;
