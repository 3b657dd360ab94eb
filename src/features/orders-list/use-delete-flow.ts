import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { isApiError } from '@/api/api-error';
import { useDeleteOrders } from '@/api/orders/delete-orders';
import { NOTICES } from '@/lib/notice-messages';
import { offerUndo } from '@/lib/undo-delete';
import { notify } from '@/stores/notices';
import { planDelete, type SelectionEntry } from './delete-plan';
import { useSelection } from './selection-store';

interface Pending {
  entries: readonly SelectionEntry[];
  orderCode?: string;
}

/** Confirm, delete at once (optimistically), report, and offer Undo. */
export function useDeleteFlow() {
  const [pending, setPending] = useState<Pending | null>(null);
  const deleteOrders = useDeleteOrders();
  const queryClient = useQueryClient();
  const clearSelection = useSelection((state) => state.clear);

  const confirm = useCallback(() => {
    if (!pending) return;
    const { deletable, skipped } = planDelete(pending.entries);
    const fromSelection = pending.orderCode === undefined;
    setPending(null);
    deleteOrders.mutate(deletable, {
      onSuccess: (result) => {
        if (fromSelection) clearSelection();
        else useSelection.getState().remove(result.deleted);
        const message = NOTICES.ordersDeleted(result, skipped);
        if (result.deleted.length > 0) offerUndo(queryClient, message, { ids: result.deleted });
        else notify({ message });
      },
      onError: (error) =>
        notify({
          tone: 'error',
          message: NOTICES.nothingDeleted(isApiError(error) ? error.message : 'the request failed'),
        }),
    });
  }, [pending, deleteOrders, clearSelection, queryClient]);

  return {
    pending,
    deleting: deleteOrders.isPending,
    request: setPending,
    cancel: () => setPending(null),
    confirm,
  };
}
