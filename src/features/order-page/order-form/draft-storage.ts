import { z } from '@/domain/zod';
import { readStored, removeStored, writeStored } from '@/lib/browser-storage';
import { DRAFT_PREFIX } from './draft-keys';
import { EMPTY_ADDRESS, type OrderFormValues } from './form-values';

/**
 * What the merchant typed and has not saved, kept in sessionStorage per order (or per new order).
 * Only what they changed is kept, field by field (the items as a whole), so putting a draft back
 * never overwrites what someone else changed meanwhile in fields they didn't touch.
 */
const PREFIX = DRAFT_PREFIX;

type TextPath =
  `customer.${keyof OrderFormValues['customer']}` | `shippingAddress.${keyof OrderFormValues['shippingAddress']}`;

export type DraftChange =
  | { path: TextPath; value: string }
  | { path: 'shippingMethod'; value: OrderFormValues['shippingMethod'] }
  | { path: 'items'; value: OrderFormValues['items'] };

export type DraftPath = DraftChange['path'];

const TEXT_PATHS: readonly string[] = [
  'customer.name',
  'customer.email',
  ...Object.keys(EMPTY_ADDRESS).map((field) => `shippingAddress.${field}`),
];

const isTextPath = (path: string): path is TextPath => TEXT_PATHS.includes(path);

const storedItemsSchema = z.array(
  z.object({
    id: z.optional(z.string()),
    productId: z.string(),
    // An emptied quantity is NaN in the form, null once stored as JSON.
    quantity: z.nullable(z.number()),
    personalization: z.string(),
  }),
);
const shippingMethodSchema = z.enum(['standard', 'express']);

const storedDraftSchema = z.object({
  changes: z.array(z.tuple([z.string(), z.unknown()])),
  savedAt: z.number(),
});

/** One stored [path, value] pair as a change the form can take, or null when it fits no field. */
function changeFrom([path, value]: [string, unknown]): DraftChange | null {
  if (path === 'items') {
    const items = storedItemsSchema.safeParse(value);
    if (!items.success) return null;
    return { path, value: items.data.map((item) => ({ ...item, quantity: item.quantity ?? Number.NaN })) };
  }
  if (path === 'shippingMethod') {
    const method = shippingMethodSchema.safeParse(value);
    return method.success ? { path, value: method.data } : null;
  }
  if (isTextPath(path) && typeof value === 'string') return { path, value };
  return null;
}

/** The kept draft's changes; a draft that is corrupted or describes fields the form no longer has is dropped. */
export function readDraft(key: string): DraftChange[] | null {
  const stored = readStored('sessionStorage', PREFIX + key, storedDraftSchema);
  if (!stored) return null;
  const changes = stored.changes.map(changeFrom);
  if (changes.every((change) => change !== null)) return changes;
  discardDraft(key);
  return null;
}

export function writeDraft(key: string, changes: readonly (readonly [DraftPath, unknown])[]): void {
  writeStored('sessionStorage', PREFIX + key, { changes, savedAt: Date.now() });
}

export function discardDraft(key: string): void {
  removeStored('sessionStorage', PREFIX + key);
}
