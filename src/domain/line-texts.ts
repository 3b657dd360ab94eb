import type { LineItem, Product, ShippingMethod } from './model';

/** How the order form describes a product and shipping, in the words of the shipping rules. */

const PRODUCT_KIND_LABELS: Record<Product['kind'], string> = {
  personalized: 'Made to order',
  standard: 'Standard',
};

/** "Made to order · Restricted: no express shipping". */
export function productDescription(product: Pick<Product, 'kind' | 'restricted'>): string {
  return [PRODUCT_KIND_LABELS[product.kind], product.restricted ? 'Restricted: no express shipping' : null]
    .filter(Boolean)
    .join(' · ');
}

export const DELIVERY_TIMES: Record<ShippingMethod, string> = {
  standard: '5–8 business days',
  express: '2–3 business days',
};

export const FREE_SHIPPING_CHANGES = 'Changing the address or method before production costs nothing.';

/** The products the shipping rules look at, for the items chosen so far (unchosen ones are skipped). */
export function chosenLines(
  items: readonly { productId: string }[],
  catalog: ReadonlyMap<string, Product>,
): Pick<LineItem, 'name' | 'restricted'>[] {
  return items.flatMap((item) => {
    const product = catalog.get(item.productId);
    return product ? [{ name: product.name, restricted: product.restricted }] : [];
  });
}
