import { useCallback, useRef, useState } from 'react';
import { isApiError } from '@/api/api-error';
import { useDeleteOrders } from '@/api/orders/delete-orders';
import { useRestoreOrders } from '@/api/orders/restore-orders';
import { notify } from '@/stores/notices';
import { deleteResultMessage, planDelete, type SelectionEntry } from './delete-plan';
import { useSelection } from './selection-store';

export const UNDO_WINDOW_MS = 10_000;

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
  const restoreOrders = useRestoreOrders();
  const clearSelection = useSelection((state) => state.clear);

  const undo = useCallback(
    (ids: readonly string[]) => {
      restoreOrders.mutate(ids, {
        onSuccess: ({ restored, skipped }) =>
          notify({
            tone: skipped.length > 0 ? 'error' : 'success',
            message:
              skipped.length > 0
                ? `${restored.length} restored, ${skipped.length} could not be: ${skipped[0]?.message ?? ''}`
                : `${restored.length} ${restored.length === 1 ? 'order' : 'orders'} restored`,
          }),
        onError: (error) => notify({ tone: 'error', message: `Couldn't undo the delete. ${error.message}` }),
      });
    },
    [restoreOrders],
  );

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
        notify({
          message: deleteResultMessage(result, skipped),
          durationMs: UNDO_WINDOW_MS,
          ...(result.deleted.length > 0 ? { action: { label: 'Undo', run: () => undo(result.deleted) } } : {}),
        });
      },
      onError: (error) =>
        notify({
          tone: 'error',
          message: `Nothing was deleted: ${(isApiError(error) ? error.message : 'the request failed').replace(/\.$/, '')}. The orders are back.`,
        }),
    });
  }, [open, deleteOrders, clearSelection, undo]);

  return {
    pending,
    deleting: deleteOrders.isPending,
    request: open,
    cancel: () => open(null),
    confirm,
  };
}
