import { useFormContext, useWatch } from 'react-hook-form';
import { FREE_SHIPPING_CHANGES, orderTotals, SHIPPING_LABELS, type Order, type Product } from '@/domain';
import { formatMoney } from '@/lib/format-number';
import type { OrderFormValues } from './form-values';

interface TotalsSummaryProps {
  order: Order | null;
  catalog: ReadonlyMap<string, Product>;
  currency: string;
}

/** Totals as the merchant types. A paid order keeps what was paid: changes before production cost nothing. */
export function TotalsSummary({ order, catalog, currency }: TotalsSummaryProps) {
  const { control } = useFormContext<OrderFormValues>();
  const [items, method] = useWatch({ control, name: ['items', 'shippingMethod'] });
  const priced = items.flatMap((item) => {
    const product = catalog.get(item.productId);
    return product && Number.isFinite(item.quantity) && item.quantity > 0
      ? [{ unitPriceCents: product.priceCents, quantity: item.quantity }]
      : [];
  });
  const paid = order !== null && order.status !== 'unpaid';
  const totals = paid ? order : orderTotals(priced, method);
  // The method named beside the shipping price is the one that price is for.
  const pricedMethod = paid ? order.shippingMethod : method;
  const rows = [
    ['Subtotal', totals.subtotalCents],
    [`Shipping (${SHIPPING_LABELS[pricedMethod]})`, totals.shippingCents],
  ] as const;
  return (
    <section aria-labelledby="totals-title" className="rounded-lg border border-zinc-200 bg-white p-5 shadow-xs">
      <h2 id="totals-title" className="text-sm font-semibold">
        {paid ? 'Paid' : 'Total'}
      </h2>
      <dl className="mt-3 space-y-1.5 text-sm">
        {rows.map(([label, cents]) => (
          <div key={label} className="flex justify-between text-zinc-600">
            <dt>{label}</dt>
            <dd className="tabular">{formatMoney(cents, currency)}</dd>
          </div>
        ))}
        <div className="flex justify-between border-t border-zinc-100 pt-2 font-semibold">
          <dt>Total</dt>
          <dd className="tabular" data-testid="order-total">
            {formatMoney(totals.totalCents, currency)}
          </dd>
        </div>
      </dl>
      {paid && method !== order.shippingMethod ? (
        <p className="mt-3 text-xs text-zinc-700">
          {SHIPPING_LABELS[method]} instead of {SHIPPING_LABELS[order.shippingMethod]}: no extra charge, as the order
          isn&apos;t in production yet.
        </p>
      ) : paid ? (
        <p className="mt-3 text-xs text-zinc-500">{FREE_SHIPPING_CHANGES}</p>
      ) : null}
    </section>
  );
}
