import { Link, useNavigate } from '@tanstack/react-router';
import type { AllowedActions, Order } from '@/domain';
import { Button } from '@/components/ui/button';

interface RowToolbarProps {
  order: Order;
  actions: AllowedActions;
  onDelete: (order: Order) => void;
}

/**
 * Edit, Delete and Refund for one row. Hidden until the pointer is over the row or focus is in
 * it (the space is always reserved, so nothing shifts).
 */
export function RowToolbar({ order, actions, onDelete }: RowToolbarProps) {
  const navigate = useNavigate();
  const deleteReason = actions.delete.allowed ? null : actions.delete.reason;
  const refundReason = actions.refund.allowed ? null : actions.refund.reason;
  return (
    <div
      role="group"
      aria-label={`Actions for order #${order.code}`}
      className="invisible flex items-center justify-end gap-1 group-focus-within:visible group-hover:visible"
      data-testid="row-toolbar"
    >
      <Link
        to="/orders/$orderId"
        params={{ orderId: order.id }}
        className="inline-flex h-7 items-center rounded-md bg-white px-2.5 text-xs font-medium text-zinc-800 shadow-xs ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50"
      >
        Edit
      </Link>
      <Button size="sm" disabledReason={deleteReason} onClick={() => onDelete(order)}>
        Delete
      </Button>
      <Button
        size="sm"
        disabledReason={refundReason}
        onClick={() =>
          void navigate({ to: '/orders/$orderId/refund', params: { orderId: order.id }, search: { from: 'list' } })
        }
      >
        Refund
      </Button>
    </div>
  );
}
