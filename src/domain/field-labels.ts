import type { Address } from './model';

export const ADDRESS_LABELS: Record<keyof Address, string> = {
  name: 'Recipient',
  line1: 'Address line 1',
  line2: 'Address line 2',
  city: 'City',
  region: 'State / region',
  postalCode: 'ZIP / postal code',
  country: 'Country',
  phone: 'Phone',
};

const TOP_LEVEL_LABELS: Record<string, string> = {
  'customer.name': 'Customer name',
  'customer.email': 'Email',
  customer: 'Customer',
  items: 'Items',
  shippingAddress: 'Shipping address',
  shippingMethod: 'Shipping method',
  reason: 'Reason',
  note: 'Note for support',
  itemIds: 'Items the request covers',
  version: 'Order version',
};

const ITEM_FIELD_LABELS: Record<string, string> = {
  productId: 'product',
  quantity: 'quantity',
  personalization: 'personalization',
};

/** "shippingAddress.line1" → "Address line 1", "items.0.quantity" → "Item 1 quantity"; else the path. */
export function fieldLabel(path: string): string {
  const address = /^shippingAddress\.(\w+)$/.exec(path)?.[1];
  if (address && Object.hasOwn(ADDRESS_LABELS, address)) return ADDRESS_LABELS[address as keyof Address];
  const item = /^items\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (item) {
    const what = item[2] ? ITEM_FIELD_LABELS[item[2]] : undefined;
    return `Item ${Number(item[1]) + 1}${what ? ` ${what}` : ''}`;
  }
  return TOP_LEVEL_LABELS[path] ?? path;
}

/** One issue as a sentence for a message line: "Address line 1: Use at most 120 characters". */
export function issueSentence(issue: { path: string; message: string }): string {
  return issue.path === '' ? issue.message : `${fieldLabel(issue.path)}: ${issue.message}`;
}
