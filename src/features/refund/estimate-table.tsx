import { type RefundEstimate } from '@/domain';
import { formatMoney } from '@/lib/format-number';

/** The estimate line by line, the customization fee where it applies, and the rule that produced it. */
export function EstimateTable({ estimate }: { estimate: RefundEstimate | null }) {
  if (!estimate) return null;
  if (estimate.kind === 'review') {
    return (
      <p className="rounded-md bg-zinc-50 px-3 py-2 text-sm text-zinc-700 ring-1 ring-zinc-200 ring-inset">
        {estimate.explanation}
      </p>
    );
  }
  const money = (cents: number) => formatMoney(cents, estimate.currency);
  const anyFee = estimate.lines.some((line) => line.feeCents > 0);
  return (
    <div className="space-y-2">
      <table className="w-full text-sm">
        <caption className="sr-only">Refund estimate</caption>
        <thead className="text-xs text-zinc-500">
          <tr>
            <th scope="col" className="pb-1 text-left font-medium">
              Item
            </th>
            <th scope="col" className="pb-1 text-right font-medium">
              Paid
            </th>
            {anyFee ? (
              <th scope="col" className="pb-1 text-right font-medium">
                Customization fee
              </th>
            ) : null}
            <th scope="col" className="pb-1 text-right font-medium">
              Refund
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 tabular">
          {estimate.lines.map((line) => (
            <tr key={line.itemId}>
              <th scope="row" className="py-1.5 text-left font-normal">
                {line.name} {line.quantity > 1 ? `× ${line.quantity}` : ''}
              </th>
              <td className="py-1.5 text-right text-zinc-600">{money(line.paidCents)}</td>
              {anyFee ? (
                <td className="py-1.5 text-right text-zinc-600">
                  {line.feeCents > 0 ? `−${money(line.feeCents)}` : '—'}
                </td>
              ) : null}
              <td className="py-1.5 text-right">{money(line.refundCents)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="py-1.5 text-left font-normal">
              Shipping
            </th>
            <td className="py-1.5" />
            {anyFee ? <td className="py-1.5" /> : null}
            <td className="py-1.5 text-right">{money(estimate.shippingCents)}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr className="border-t border-zinc-200 font-semibold">
            <th scope="row" className="pt-2 text-left">
              Estimated refund
            </th>
            <td />
            {anyFee ? <td /> : null}
            <td className="pt-2 text-right tabular" data-testid="estimate-total">
              {money(estimate.totalCents)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="text-xs text-zinc-600">{estimate.explanation}</p>
    </div>
  );
}
