import { Link, useNavigate } from '@tanstack/react-router';
import { allowedActions, pendingRefundRequest, type Order } from '@/domain';
import { Button } from '@/components/ui/button';
import { RefundRequestedBadge, StatusBadge } from '@/components/ui/status-badge';
import { formatExact } from '@/lib/format-date';
import { useNow } from '@/lib/use-now';
import { useLastListSearch } from '@/stores/last-list-search';
import { CancelOrderAction } from './cancel-order-action';
import { DeleteOrderAction } from './delete-order-action';
import { ShippedNote } from './shipped-note';

export function OrderHeader({ order }: { order: Order }) {
  const now = useNow();
  const navigate = useNavigate();
  const listSearch = useLastListSearch((state) => state.search);
  const refund = allowedActions(order, now).refund;
  return (
    <div className="space-y-3">
      <Link to="/" search={listSearch} className="text-sm text-zinc-600 hover:text-zinc-900">
        ← All Orders
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <div className="flex flex-wrap items-center gap-2">
            <h1 tabIndex={-1} className="text-xl font-semibold tracking-tight focus:outline-none">
              Order #{order.code}
            </h1>
            <StatusBadge status={order.status} />
            {pendingRefundRequest(order) ? <RefundRequestedBadge /> : null}
          </div>
          <p className="mt-1 text-sm text-zinc-500">
            Placed {formatExact(order.createdAt)}
            {order.paidAt ? ` · paid ${formatExact(order.paidAt)}` : ' · not paid yet'}
          </p>
          <ShippedNote order={order} now={now} />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <DeleteOrderAction order={order} />
          <CancelOrderAction order={order} />
          <Button
            variant="primary"
            disabledReason={refund.allowed ? null : refund.reason}
            onClick={() => void navigate({ to: '/orders/$orderId/refund', params: { orderId: order.id } })}
          >
            Refund
          </Button>
        </div>
      </div>
    </div>
  );
}
