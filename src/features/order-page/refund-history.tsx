import { REFUND_REASON_LABELS, type Order } from '@/domain';
import { formatMoney } from '@/lib/format-number';
import { formatExact } from '@/lib/format-date';
import { cx } from '@/lib/cx';

const STATUS_TONES = {
  pending: 'bg-amber-50 text-amber-800 ring-amber-600/25',
  approved: 'bg-emerald-50 text-emerald-800 ring-emerald-600/25',
  declined: 'bg-zinc-100 text-zinc-700 ring-zinc-500/25',
} as const;

const STATUS_LABELS = { pending: 'With support', approved: 'Refunded', declined: 'Declined' } as const;

/** The order's refund requests, newest first, as support sees them. */
export function RefundHistory({ order }: { order: Order }) {
  if (order.refundRequests.length === 0) return null;
  const requests = [...order.refundRequests].reverse();
  return (
    <section aria-labelledby="refunds-title" className="rounded-lg border border-zinc-200 bg-white p-5 shadow-xs">
      <h2 id="refunds-title" className="text-sm font-semibold">
        Refund requests
      </h2>
      <ul className="mt-3 space-y-3">
        {requests.map((request) => (
          <li key={request.id} className="border-t border-zinc-100 pt-3 text-sm first:border-0 first:pt-0">
            <div className="flex items-center justify-between gap-2">
              <span className="font-medium">{REFUND_REASON_LABELS[request.reason]}</span>
              <span
                className={cx(
                  'rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
                  STATUS_TONES[request.status],
                )}
              >
                {STATUS_LABELS[request.status]}
              </span>
            </div>
            <p className="text-xs text-zinc-500">{formatExact(request.createdAt)}</p>
            <p className="mt-1 text-zinc-700">
              {request.estimate.kind === 'estimate'
                ? `Estimated refund ${formatMoney(request.estimate.totalCents, request.estimate.currency)}`
                : 'Support reviews it under the 60-day return policy'}
            </p>
            {request.note ? <p className="mt-1 text-xs break-words text-zinc-600">“{request.note}”</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
