import { z } from 'zod';
import { addressSchema, customerSchema, shippingMethodSchema } from './model';

/** What a merchant sends to create or change an order; the server fills in the rest. */

export const lineItemInputSchema = z.strictObject({
  /** Present for an item the order already has. */
  id: z.string().max(64).optional(),
  productId: z.string().min(1).max(64),
  quantity: z.number().int().min(1, 'Quantity must be at least 1').max(999, 'Quantity can be at most 999'),
  personalization: z.string().max(200, 'Keep personalization under 200 characters').optional(),
});
export type LineItemInput = z.infer<typeof lineItemInputSchema>;

const addressInput = addressSchema.strict();
const customerInput = customerSchema.strict();

export const orderDraftSchema = z.strictObject({
  customer: customerInput,
  items: z.array(lineItemInputSchema).min(1, 'Add at least one item').max(50),
  shippingAddress: addressInput,
  shippingMethod: shippingMethodSchema,
});
export type OrderDraft = z.infer<typeof orderDraftSchema>;

export const orderChangesSchema = z.strictObject({
  customer: customerInput.optional(),
  items: z.array(lineItemInputSchema).min(1, 'Add at least one item').max(50).optional(),
  shippingAddress: addressInput.optional(),
  shippingMethod: shippingMethodSchema.optional(),
});
export type OrderChanges = z.infer<typeof orderChangesSchema>;
