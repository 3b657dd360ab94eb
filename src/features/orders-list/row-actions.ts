import { useNavigate } from '@tanstack/react-router';
import type { AllowedActions, Order } from '@/domain';

/** One of a row's actions, as the toolbar and the row menu both offer it. */
export interface RowAction {
  name: 'Edit' | 'Delete' | 'Refund';
  disabledReason: string | null;
  run: () => void;
}

/** Edit, Delete and Refund for one order, each with why it's off when it is. */
export function useRowActions(
  order: Order,
  actions: AllowedActions,
  onDelete: (order: Order) => void,
): [edit: RowAction, remove: RowAction, refund: RowAction] {
  const navigate = useNavigate();
  return [
    {
      name: 'Edit',
      disabledReason: null,
      run: () => void navigate({ to: '/orders/$orderId', params: { orderId: order.id } }),
    },
    {
      name: 'Delete',
      disabledReason: actions.delete.allowed ? null : actions.delete.reason,
      run: () => onDelete(order),
    },
    {
      name: 'Refund',
      disabledReason: actions.refund.allowed ? null : actions.refund.reason,
      run: () =>
        void navigate({ to: '/orders/$orderId/refund', params: { orderId: order.id }, search: { from: 'list' } }),
    },
  ];
}
