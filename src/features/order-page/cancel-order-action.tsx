import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { allowedActions, cancelWindow, formatDuration, refundEstimate, type Order } from '@/domain';
import { formatMoney } from '@/lib/format-number';
import { isApiError } from '@/api/api-error';
import { useCancelOrder } from '@/api/orders/cancel-order';
import { fetchOrder } from '@/api/orders/get-order';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { formatClock } from '@/lib/format-date';
import { useNow } from '@/lib/use-now';
import { notify } from '@/stores/notices';
import { NOTICES } from '@/lib/notice-messages';

/**
 * "Cancel order": free and self-service within 2 hours of payment; after that, or once in
 * production, it goes to support as a refund request; shipped orders can't be cancelled.
 */
export function CancelOrderAction({ order }: { order: Order }) {
  const now = useNow(15_000);
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const cancel = useCancelOrder();
  // Set on the first Confirm, before React re-renders the button as busy: one intent, one request.
  // Each opening of the dialog is a new intent.
  const sending = useRef(false);
  const freeWindow = cancelWindow(order, now);
  const decision = allowedActions(order, now).cancel;

  if (order.status === 'unpaid' || (order.status === 'cancelled' && !confirming)) return null;

  const estimate = refundEstimate(order, now);
  const refundTotal = estimate?.kind === 'estimate' ? formatMoney(estimate.totalCents, order.currency) : null;
  const refund = allowedActions(order, now).refund;

  let trigger;
  if (order.status === 'shipped') {
    trigger = <Button disabledReason={decision.allowed ? null : decision.reason}>Cancel order</Button>;
  } else if (freeWindow.open) {
    trigger = (
      <>
        {/* Read with the button rather than announced every minute. */}
        <span id={`free-cancel-${order.id}`} className="text-xs text-zinc-600">
          Free cancellation ends at {formatClock(freeWindow.endsAt, now)}, in {formatDuration(freeWindow.msLeft)}
        </span>
        <Button
          aria-describedby={`free-cancel-${order.id}`}
          onClick={() => {
            sending.current = false;
            setConfirming(true);
          }}
        >
          Cancel order
        </Button>
      </>
    );
  } else if (order.status !== 'cancelled') {
    // Past the free window, or in production: cancelling goes to support as a refund request.
    trigger = (
      <>
        {refund.allowed ? (
          <span id={`cancel-via-support-${order.id}`} className="text-xs text-zinc-600">
            {decision.allowed ? null : decision.reason}
          </span>
        ) : null}
        <Button
          disabledReason={refund.allowed ? null : refund.reason}
          aria-describedby={refund.allowed ? `cancel-via-support-${order.id}` : undefined}
          onClick={() =>
            void navigate({
              to: '/orders/$orderId/refund',
              params: { orderId: order.id },
              search: { reason: 'cancellation' },
            })
          }
        >
          Cancel order
        </Button>
      </>
    );
  }

  return (
    <div className="flex items-center gap-3">
      {trigger}
      {/* Stays open if the window closes meanwhile: the server then refuses, and the notice says why. */}
      <Dialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Cancel order #${order.code}?`}
        description={`The order is cancelled now and ${refundTotal ?? 'everything'} is refunded in full, with no fee.`}
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>Keep order</Button>
            <Button
              variant="danger"
              busy={cancel.isPending}
              onClick={() => {
                if (sending.current) return;
                sending.current = true;
                const cancelled = () => {
                  setConfirming(false);
                  notify({ message: NOTICES.orderCancelled(order.code, refundTotal) });
                };
                cancel.mutate(order.id, {
                  onSuccess: cancelled,
                  onError: async (error) => {
                    // Already cancelled (an earlier attempt whose answer was lost, another tab): what was asked for holds.
                    const now = isApiError(error, 'not_cancellable')
                      ? await fetchOrder(order.id).catch(() => null)
                      : null;
                    if (now?.status === 'cancelled') return cancelled();
                    setConfirming(false);
                    notify({
                      tone: 'error',
                      message: isApiError(error, 'cancel_window_closed')
                        ? NOTICES.cancelWindowClosed
                        : NOTICES.orderNotCancelled(error.message),
                    });
                  },
                });
              }}
            >
              Confirm
            </Button>
          </>
        }
      />
    </div>
  );
}
