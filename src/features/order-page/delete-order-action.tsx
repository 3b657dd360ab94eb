import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { allowedActions, type Order } from '@/domain';
import { isApiError } from '@/api/api-error';
import { useDeleteOrders } from '@/api/orders/delete-orders';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { NOTICES } from '@/lib/notice-messages';
import { offerUndo, UNDO_WINDOW_HINT } from '@/lib/undo-delete';
import { notify } from '@/stores/notices';
import { useLastListSearch } from '@/stores/last-list-search';

/** "Delete" on an unpaid order's page: confirm, delete, back to All Orders with Undo. */
export function DeleteOrderAction({ order }: { order: Order }) {
  const navigate = useNavigate();
  const listSearch = useLastListSearch((state) => state.search);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteOrders();
  const queryClient = useQueryClient();
  const decision = allowedActions(order, new Date()).delete;
  if (!decision.allowed) return null;

  const confirm = () =>
    remove.mutate([order.id], {
      onSuccess: ({ deleted, skipped }) => {
        setConfirming(false);
        if (deleted.length === 0) {
          notify({
            tone: 'error',
            message: NOTICES.orderNotDeleted(order.code, skipped[0]?.message ?? 'it changed meanwhile'),
          });
          return;
        }
        // Undo is offered on All Orders, once this page is gone, so the notice can take focus there.
        void navigate({ to: '/', search: listSearch }).finally(() =>
          offerUndo(queryClient, NOTICES.orderDeleted(order.code), { ids: deleted, orderCode: order.code }),
        );
      },
      onError: (error) => {
        setConfirming(false);
        notify({
          tone: 'error',
          message: NOTICES.orderNotDeleted(order.code, isApiError(error) ? error.message : 'the request failed'),
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
        description={`The unpaid order is deleted. ${UNDO_WINDOW_HINT}`}
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
