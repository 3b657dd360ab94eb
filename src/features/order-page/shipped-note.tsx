import { RETURN_WINDOW_DAYS, returnWindow, type Order } from '@/domain';
import { formatDay, formatExact } from '@/lib/format-date';

/** For a shipped order: what can honestly be said about its shipping date and return window. */
export function ShippedNote({ order, now }: { order: Order; now: Date }) {
  const returns = returnWindow(order, now);
  if (!returns) return null;
  const day = (date: Date) => (
    <time dateTime={date.toISOString()} title={formatExact(date)}>
      {formatDay(date)}
    </time>
  );
  return (
    <p className="mt-1 text-sm text-zinc-600">
      Shipped; the shipping date isn&apos;t recorded.{' '}
      {returns.known === 'open' ? (
        <>
          The {RETURN_WINDOW_DAYS}-day return window is open at least until {day(returns.openAtLeastUntil)} (it runs
          from shipping, which came after payment).
        </>
      ) : returns.known === 'unsure' ? (
        <>
          The {RETURN_WINDOW_DAYS}-day return window may have closed: it ran at least until{' '}
          {day(returns.closedNoEarlierThan)}, and support checks the shipping date.
        </>
      ) : null}
    </p>
  );
}
