import { Link, useSearch } from '@tanstack/react-router';
import { STATUS_LABELS } from '@/domain';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';

function Panel({ title, children, role }: { title: string; children: ReactNode; role?: 'alert' }) {
  return (
    <div role={role} className="rounded-lg border border-dashed border-zinc-300 bg-white px-6 py-14 text-center">
      <h2 className="text-base font-semibold text-zinc-900">{title}</h2>
      <div className="mx-auto mt-2 max-w-md text-zinc-600">{children}</div>
    </div>
  );
}

export function NoOrdersYet() {
  return (
    <Panel title="No orders yet">
      <p>Orders your customers place show up here. You can also create one yourself.</p>
      <Link
        to="/orders/new"
        className="mt-5 inline-flex h-9 items-center rounded-md bg-accent-600 px-3.5 font-medium text-white hover:bg-accent-700"
      >
        New order
      </Link>
    </Panel>
  );
}

/** Says what came up empty: a search (with or without a status), or a status tab on its own. */
export function NoMatches({ onClear }: { onClear: () => void }) {
  const { q, status } = useSearch({ from: '/_signed-in/' });
  const searched = q.trim() !== '';
  const label = status === 'all' ? null : STATUS_LABELS[status];
  if (!searched && label) {
    return (
      <Panel title={`No ${label} orders`}>
        <p>No order has this status right now.</p>
        <Button className="mt-5" onClick={onClear}>
          Show all orders
        </Button>
      </Panel>
    );
  }
  return (
    <Panel title="No orders match">
      <p>
        Nothing matches “{q.trim()}”{label ? ` among ${label} orders` : ''}. Check the spelling or search for an order
        number, name, email or place.
      </p>
      <Button className="mt-5" onClick={onClear}>
        Clear {label ? 'search and status' : 'search'}
      </Button>
    </Panel>
  );
}

export function LoadFailed({
  message,
  onRetry,
  retrying,
}: {
  message: string;
  onRetry: () => void;
  retrying: boolean;
}) {
  return (
    <Panel title="Orders couldn't be loaded" role="alert">
      <p>{message}</p>
      <Button variant="primary" className="mt-5" busy={retrying} onClick={onRetry}>
        Retry
      </Button>
    </Panel>
  );
}
