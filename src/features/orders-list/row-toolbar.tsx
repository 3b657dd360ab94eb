import type { AllowedActions, Order } from '@/domain';
import { Button } from '@/components/ui/button';
import { OrderLink } from './order-link';
import { RowActionsMenu } from './row-actions-menu';
import { useRowActions } from './row-actions';

interface RowToolbarProps {
  order: Order;
  actions: AllowedActions;
  onDelete: (order: Order) => void;
}

/**
 * Edit, Delete and Refund for one row. On a wide screen with a pointer that hovers: a toolbar,
 * hidden until the pointer is over the row or focus is in it (the space is always reserved, so
 * nothing shifts). Narrower, or on touch: a menu button, always shown.
 */
export function RowToolbar({ order, actions, onDelete }: RowToolbarProps) {
  const rowActions = useRowActions(order, actions, onDelete);
  const [, remove, refund] = rowActions;
  return (
    <>
      <div
        role="group"
        aria-label={`Actions for order #${order.code}`}
        className="invisible hidden items-center justify-end gap-1 group-focus-within:visible group-hover:visible wide-hover:flex"
        data-testid="row-toolbar"
      >
        <OrderLink
          orderId={order.id}
          className="inline-flex h-7 items-center rounded-md bg-white px-2.5 text-xs font-medium text-zinc-800 shadow-xs ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50"
        >
          Edit
        </OrderLink>
        <Button size="sm" disabledReason={remove.disabledReason} onClick={remove.run}>
          Delete
        </Button>
        <Button size="sm" disabledReason={refund.disabledReason} onClick={refund.run}>
          Refund
        </Button>
      </div>
      <div className="flex justify-end wide-hover:hidden">
        <RowActionsMenu code={order.code} actions={rowActions} />
      </div>
    </>
  );
}
