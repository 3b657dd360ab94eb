import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
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
  // What Confirm acts on, cleared by the first Confirm before React re-renders: one intent, one request.
  const awaiting = useRef<Pending | null>(null);
  const open = useCallback((next: Pending | null) => {
    awaiting.current = next;
    setPending(next);
  }, []);
  const deleteOrders = useDeleteOrders();
  const queryClient = useQueryClient();
  const clearSelection = useSelection((state) => state.clear);

  const confirm = useCallback(() => {
    const confirmed = awaiting.current;
    if (!confirmed) return;
    const { deletable, skipped } = planDelete(confirmed.entries);
    const fromSelection = confirmed.orderCode === undefined;
    open(null);
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
  }, [open, deleteOrders, clearSelection, queryClient]);

  return {
    pending,
    deleting: deleteOrders.isPending,
    request: open,
    cancel: () => open(null),
    confirm,
  };
}
