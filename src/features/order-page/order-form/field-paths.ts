import type { FieldPath } from 'react-hook-form';
import type { OrderFormValues } from './form-values';

/**
 * Whether a path from the server (a 422 issue, e.g. "shippingAddress.postalCode" or
 * "items.1.quantity") names a field the form holds. Only those are marked at a field; the
 * failure message above the form still covers the rest.
 */
export function isFormField(values: OrderFormValues, path: string): path is FieldPath<OrderFormValues> {
  if (path === '') return false;
  let node: unknown = values;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}
