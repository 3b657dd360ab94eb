import {
  ADDRESS_LABELS,
  addressSchema,
  availableShippingMethods,
  chosenLines,
  customerSchema,
  editableFields,
  personalizationIssue,
  shippingMethodSchema,
  TEXT_LIMITS,
  validateAddress,
  validateCustomer,
  type Address,
  type Order,
  type OrderChanges,
  type OrderDraft,
  type Product,
} from '@/domain';
import { z } from '@/domain/zod';

/** What the form holds. Quantities are numbers (NaN while a field is empty). */
export interface OrderFormValues {
  customer: { name: string; email: string };
  items: { id?: string; productId: string; quantity: number; personalization: string }[];
  shippingAddress: Address;
  shippingMethod: 'standard' | 'express';
}

export const EMPTY_ADDRESS: Address = {
  name: '',
  line1: '',
  line2: '',
  city: '',
  region: '',
  postalCode: '',
  country: 'US',
  phone: '',
};

export function emptyFormValues(): OrderFormValues {
  return {
    customer: { name: '', email: '' },
    items: [{ productId: '', quantity: 1, personalization: '' }],
    shippingAddress: { ...EMPTY_ADDRESS },
    shippingMethod: 'standard',
  };
}

export function formValuesFrom(order: Order): OrderFormValues {
  return {
    customer: { ...order.customer },
    items: order.items.map((item) => ({
      id: item.id,
      productId: item.productId,
      quantity: item.quantity,
      personalization: item.personalization ?? '',
    })),
    shippingAddress: { ...order.shippingAddress },
    shippingMethod: order.shippingMethod,
  };
}

const itemSchema = z.object({
  id: z.optional(z.string()),
  productId: z.string().check(z.minLength(1, 'Choose a product')),
  quantity: z
    .number({ error: 'Enter a quantity' })
    .check(
      z.int('Enter a whole number'),
      z.minimum(1, 'Quantity must be at least 1'),
      z.maximum(999, 'Quantity can be at most 999'),
    ),
  personalization: z.string().check(z.maxLength(TEXT_LIMITS.personalization)),
});

/**
 * The form's validation: shapes from the shared schemas, then the domain's rules (required fields,
 * US state and ZIP, email, personalization, shipping method availability). Locked groups are not
 * checked: the merchant can't fix them.
 */
export function orderFormSchema(catalog: ReadonlyMap<string, Product>, order: Order | null) {
  const access = order ? editableFields(order) : null;
  return z
    .object({
      customer: customerSchema,
      items: z.array(itemSchema).check(z.minLength(1, 'Add at least one item')),
      shippingAddress: addressSchema,
      shippingMethod: shippingMethodSchema,
    })
    .check(
      z.superRefine((values, ctx) => {
        const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: path.split('.'), message });
        if (!access || access.customer.editable) {
          for (const issue of validateCustomer(values.customer)) add(issue.path, issue.message);
        }
        if (!access || access.address.editable) {
          for (const issue of validateAddress(values.shippingAddress)) add(issue.path, issue.message);
        }
        if (!access || access.items.editable) {
          values.items.forEach((item, index) => {
            const product = catalog.get(item.productId);
            const missing = product ? personalizationIssue(product, item.personalization) : null;
            if (missing) add(`items.${index}.personalization`, missing);
          });
        }
        if (!access || access.shippingMethod.editable) {
          const express = availableShippingMethods(chosenLines(values.items, catalog), values.shippingAddress).express;
          if (values.shippingMethod === 'express' && !express.available) add('shippingMethod', express.reason);
        }
      }),
    );
}

function itemInputs(values: OrderFormValues) {
  return values.items.map((item) => ({
    ...(item.id ? { id: item.id } : {}),
    productId: item.productId,
    quantity: item.quantity,
    ...(item.personalization.trim() ? { personalization: item.personalization.trim() } : {}),
  }));
}

function trimAddress(address: Address): Address {
  return Object.fromEntries(Object.entries(address).map(([key, value]) => [key, value.trim()])) as unknown as Address;
}

export function toDraft(values: OrderFormValues): OrderDraft {
  return {
    customer: { name: values.customer.name.trim(), email: values.customer.email.trim() },
    items: itemInputs(values),
    shippingAddress: trimAddress(values.shippingAddress),
    shippingMethod: values.shippingMethod,
  };
}

/** Only the groups the order's status lets change are sent; the server checks again. */
export function toChanges(order: Order, values: OrderFormValues): OrderChanges {
  const access = editableFields(order);
  const draft = toDraft(values);
  const changes: OrderChanges = {};
  if (access.customer.editable) changes.customer = draft.customer;
  if (access.items.editable) changes.items = draft.items;
  if (access.address.editable) {
    changes.shippingAddress = access.country.editable
      ? draft.shippingAddress
      : { ...draft.shippingAddress, country: order.shippingAddress.country };
  }
  if (access.shippingMethod.editable) changes.shippingMethod = draft.shippingMethod;
  return changes;
}

/** Address fields that differ, for the side-by-side check before saving. */
export function addressDifferences(before: Address, after: Address) {
  return (Object.keys(ADDRESS_LABELS) as (keyof Address)[])
    .filter((key) => before[key].trim() !== after[key].trim())
    .map((key) => ({ key, label: ADDRESS_LABELS[key], before: before[key], after: after[key] }));
}
