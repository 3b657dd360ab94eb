import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useOrder } from '@/api/orders/get-order';
import { notify } from '@/stores/notices';
import { useLastListSearch } from '@/stores/last-list-search';
import { useReturnFocus } from '@/stores/return-focus';
import { RefundDialog } from './refund-dialog';
import { NOTICES } from '@/lib/notice-messages';

/** The refund dialog has its own URL, over the order page: Back and shared links work. */
export function RefundRoute() {
  const { orderId } = useParams({ from: '/_signed-in/orders/$orderId/refund' });
  const { reason, from } = useSearch({ from: '/_signed-in/orders/$orderId/refund' });
  const navigate = useNavigate();
  const order = useOrder(orderId);
  const listSearch = useLastListSearch((state) => state.search);
  if (!order.data) return null;
  return (
    <RefundDialog
      order={order.data}
      initialReason={reason}
      onClose={() => {
        if (from === 'list') {
          useReturnFocus.getState().returnTo(orderId);
          void navigate({ to: '/', search: listSearch });
        } else {
          void navigate({ to: '/orders/$orderId', params: { orderId } });
        }
      }}
      onSent={() => {
        notify({ message: NOTICES.refundRequestSent, durationMs: 10_000 });
        void navigate({ to: '/', search: listSearch });
      }}
    />
  );
}
