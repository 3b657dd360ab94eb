import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import { restoreOrders } from '@/api/orders/restore-orders';
import { dropListsOffScreen } from '@/api/orders/sync-order';
import { orderKeys } from '@/api/query-keys';
import { notify } from '@/stores/notices';
import { plural } from './format-number';
import { NOTICES } from './notice-messages';

/** How long the notice after a delete offers Undo (the server accepts a restore for a minute). */
export const UNDO_WINDOW_MS = 10_000;

/** Said before a delete is confirmed: "You can undo this for 10 seconds." */
export const UNDO_WINDOW_HINT = `You can undo this for ${plural(UNDO_WINDOW_MS / 1000, 'second')}.`;

interface Deleted {
  ids: readonly string[];
  /** Set when one order was deleted from its own page: the notices then name it. */
  orderCode?: string;
}

/** The notice after a delete: says what happened and offers Undo for the undo window. */
export function offerUndo(queryClient: QueryClient, message: string, deleted: Deleted): void {
  notify({
    message,
    durationMs: UNDO_WINDOW_MS,
    action: { label: 'Undo', run: () => undoDelete(queryClient, deleted) },
  });
}

/**
 * Restores the orders, waits for the list to show them, then puts focus on the first restored row
 * (or the table, or the page heading) so it never falls to the page body. A failed Undo leaves a
 * notice whose "Try again" repeats it.
 */
async function undoDelete(queryClient: QueryClient, deleted: Deleted): Promise<void> {
  try {
    // Through the mutation cache, so a lost connection shows the offline banner as other writes do.
    const result = await new MutationObserver(queryClient, { mutationFn: restoreOrders }).mutate(deleted.ids);
    dropListsOffScreen(queryClient);
    await queryClient.invalidateQueries({ queryKey: orderKeys.all });
    notify({
      tone: result.skipped.length > 0 ? 'error' : 'success',
      message: NOTICES.restored(result, deleted.orderCode),
    });
    await focusRestored(result.restored);
  } catch (error) {
    void queryClient.invalidateQueries({ queryKey: orderKeys.all });
    notify({
      tone: 'error',
      message: NOTICES.undoFailed(error instanceof Error ? error.message : ''),
      durationMs: UNDO_WINDOW_MS,
      action: { label: 'Try again', run: () => undoDelete(queryClient, deleted) },
    });
  }
}

const nextFrame = () => new Promise<void>((resolve) => window.setTimeout(resolve, 16));

async function focusRestored(ids: readonly string[]): Promise<void> {
  // The cache has the rows; React shows them within a frame or two.
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await nextFrame();
    for (const id of ids) {
      const control = document.querySelector<HTMLElement>(`[data-order-id="${CSS.escape(id)}"] input`);
      if (control) {
        control.focus();
        return;
      }
    }
  }
  const fallback =
    document.querySelector<HTMLElement>('table[aria-label="Orders"]') ?? document.querySelector<HTMLElement>('main h1');
  if (fallback) {
    if (!fallback.hasAttribute('tabindex')) fallback.tabIndex = -1;
    fallback.focus();
  }
}
