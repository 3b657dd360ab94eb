import { STATUS_LABELS, type OrderStatus } from '@/domain';
import { cx } from '@/lib/cx';

const TONES: Record<OrderStatus, string> = {
  unpaid: 'bg-amber-50 text-amber-800 ring-amber-600/25',
  unfulfilled: 'bg-sky-50 text-sky-800 ring-sky-600/25',
  in_production: 'bg-violet-50 text-violet-800 ring-violet-600/25',
  fulfilled: 'bg-teal-50 text-teal-800 ring-teal-600/25',
  shipped: 'bg-emerald-50 text-emerald-800 ring-emerald-600/25',
  cancelled: 'bg-zinc-100 text-zinc-700 ring-zinc-500/25',
};

const DOTS: Record<OrderStatus, string> = {
  unpaid: 'bg-amber-500',
  unfulfilled: 'bg-sky-500',
  in_production: 'bg-violet-500',
  fulfilled: 'bg-teal-500',
  shipped: 'bg-emerald-500',
  cancelled: 'bg-zinc-400',
};

/** Status by colour and by text, never colour alone. */
export function StatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span
      className={cx(
        'inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        TONES[status],
      )}
    >
      <span aria-hidden="true" className={cx('size-1.5 rounded-full', DOTS[status])} />
      {STATUS_LABELS[status]}
    </span>
  );
}

export function RefundRequestedBadge() {
  return (
    <span className="inline-flex items-center rounded-full bg-rose-50 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-rose-800 ring-1 ring-rose-600/25 ring-inset">
      Refund requested
    </span>
  );
}
