import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { allowedActions, type Order } from '@/domain';
import { isApiError } from '@/api/api-error';
import { useDeleteOrders } from '@/api/orders/delete-orders';
import { restoreOrders } from '@/api/orders/restore-orders';
import { orderKeys } from '@/api/query-keys';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { notify } from '@/stores/notices';
import { useLastListSearch } from '@/stores/last-list-search';

const UNDO_WINDOW_MS = 10_000;

/** "Delete" on an unpaid order's page: confirm, delete, back to All Orders with Undo. */
export function DeleteOrderAction({ order }: { order: Order }) {
  const navigate = useNavigate();
  const listSearch = useLastListSearch((state) => state.search);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteOrders();
  const queryClient = useQueryClient();
  const decision = allowedActions(order, new Date()).delete;
  if (!decision.allowed) return null;

  // Runs after this page is gone (Undo is offered on All Orders), so it uses the request directly.
  const undo = () =>
    void restoreOrders([order.id])
      .then(({ restored }) =>
        notify(
          restored.length > 0
            ? { message: `Order #${order.code} restored` }
            : {
                tone: 'error',
                message: `Order #${order.code} could not be restored: only orders deleted in the last minute can be.`,
              },
        ),
      )
      .catch((error: Error) => notify({ tone: 'error', message: `Couldn't undo the delete. ${error.message}` }))
      .finally(() => void queryClient.invalidateQueries({ queryKey: orderKeys.all }));

  const confirm = () =>
    remove.mutate([order.id], {
      onSuccess: ({ deleted, skipped }) => {
        setConfirming(false);
        if (deleted.length === 0) {
          notify({
            tone: 'error',
            message: `Order #${order.code} was not deleted: ${skipped[0]?.message ?? 'it changed meanwhile'}`,
          });
          return;
        }
        notify({
          message: `Order #${order.code} deleted`,
          durationMs: UNDO_WINDOW_MS,
          action: { label: 'Undo', run: undo },
        });
        void navigate({ to: '/', search: listSearch });
      },
      onError: (error) => {
        setConfirming(false);
        notify({
          tone: 'error',
          message: `Order #${order.code} was not deleted: ${isApiError(error) ? error.message : 'the request failed'}`,
        });
      },
    });

  return (
    <>
      <Button variant="danger" onClick={() => setConfirming(true)}>
        Delete
      </Button>
      <Dialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete order #${order.code}?`}
        description="The unpaid order is deleted. You can undo this for 10 seconds."
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>Cancel</Button>
            <Button variant="danger" busy={remove.isPending} onClick={confirm}>
              Confirm
            </Button>
          </>
        }
      />
    </>
  );
}
