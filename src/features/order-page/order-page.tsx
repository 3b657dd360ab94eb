import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { orderSchema, readOnlyReason, type Order } from '@/domain';
import { isApiError } from '@/api/api-error';
import { useOrder } from '@/api/orders/get-order';
import { refreshLists } from '@/api/orders/sync-order';
import { useProducts } from '@/api/products/get-products';
import { useUpdateOrder } from '@/api/orders/update-order';
import { orderKeys } from '@/api/query-keys';
import { Button } from '@/components/ui/button';
import { cx } from '@/lib/cx';
import { markMainContentShown } from '@/lib/idle-module';
import { notify } from '@/stores/notices';
import { useLastListSearch } from '@/stores/last-list-search';
import { ConflictNotice } from './conflict-notice';
import { OrderForm, type SaveOutcome } from './order-form/order-form';
import { toChanges, type OrderFormValues } from './order-form/form-values';
import { OrderActivity } from './order-activity';
import { OrderHeader } from './order-header';
import { RefundHistory } from './refund-history';
import { failedSave } from './save-outcome';
import { NOTICES } from '@/lib/notice-messages';

function ReadOnlyBanner({ reason }: { reason: string }) {
  return (
    <div className="rounded-lg bg-zinc-100 px-4 py-3 text-sm text-zinc-800 ring-1 ring-zinc-300 ring-inset">
      <p className="font-medium">This order can't be edited.</p>
      <p className="mt-0.5 text-zinc-600">{reason}</p>
    </div>
  );
}

/**
 * A read refused because the session ended, by a query that still holds its answer: the page stays
 * as it is (with what the merchant typed) under "Sign in again", and refreshes once signed in.
 */
const refusedForSession = (query: { data: unknown; error: unknown }) =>
  query.data !== undefined && isApiError(query.error, 'unauthenticated');

function OrderEditor({ order }: { order: Order }) {
  const queryClient = useQueryClient();
  const products = useProducts();
  const update = useUpdateOrder();
  const [conflict, setConflict] = useState<{ before: Order; after: Order } | null>(null);

  const onSave = async (values: OrderFormValues): Promise<SaveOutcome> => {
    try {
      const saved = await update.mutateAsync({
        id: order.id,
        body: { version: order.version, ...toChanges(order, values) },
      });
      setConflict(null);
      notify({ message: NOTICES.orderSaved(saved.code) });
      return { ok: true, saved };
    } catch (error) {
      if (isApiError(error, 'version_conflict')) {
        const current = orderSchema.safeParse(error.details.current);
        if (current.success) {
          setConflict({ before: order, after: current.data });
          queryClient.setQueryData(orderKeys.detail(order.id), current.data);
          void refreshLists(queryClient);
          void queryClient.invalidateQueries({ queryKey: orderKeys.activity(order.id) });
          return { ok: false, message: 'Nothing was saved.', issues: [], retryable: false };
        }
      }
      if (isApiError(error, 'field_locked'))
        void queryClient.invalidateQueries({ queryKey: orderKeys.detail(order.id) });
      return failedSave(error);
    }
  };

  const catalog = products.data;
  if (products.isPending) return <p className="text-sm text-zinc-500">Loading the catalog…</p>;
  if (catalog === undefined || (products.isError && !refusedForSession(products))) {
    return (
      <div role="alert" className="text-sm text-red-800">
        The product catalog couldn't be loaded.{' '}
        <Button size="sm" onClick={() => void products.refetch()}>
          Retry
        </Button>
      </div>
    );
  }
  const lockedOut = readOnlyReason(order);
  return (
    <OrderForm
      order={order}
      products={catalog}
      submitLabel="Save"
      onSave={onSave}
      notice={
        <>
          {conflict ? <ConflictNotice before={conflict.before} after={conflict.after} /> : null}
          {lockedOut ? <ReadOnlyBanner reason={lockedOut} /> : null}
        </>
      }
      aside={<RefundHistory order={order} />}
    />
  );
}

export function OrderPage() {
  const { orderId } = useParams({ from: '/_signed-in/orders/$orderId' });
  const order = useOrder(orderId);
  const data = order.data;
  useEffect(() => {
    if (!order.isPending) markMainContentShown();
  }, [order.isPending]);

  if (order.isPending) {
    return (
      <div aria-busy="true" className="space-y-4">
        <div className="h-6 w-48 animate-pulse rounded bg-zinc-200" />
        <div className="h-64 animate-pulse rounded-lg bg-zinc-100" />
        <span className="sr-only">Loading order…</span>
      </div>
    );
  }
  if (data === undefined || (order.isError && !refusedForSession(order))) {
    if (isApiError(order.error, 'not_found')) {
      return (
        <div className="mx-auto max-w-md py-16 text-center">
          <h1 className="text-xl font-semibold">Order not found</h1>
          <p className="mt-2 text-zinc-600">It may have been deleted, or the link is wrong.</p>
          <BackToAllOrders className="mt-6 inline-block" />
        </div>
      );
    }
    return (
      <div role="alert" className="mx-auto max-w-md py-16 text-center">
        <h1 className="text-xl font-semibold">The order couldn't be loaded</h1>
        <p className="mt-2 text-zinc-600">{order.error?.message}</p>
        <div className="mt-6 flex items-center justify-center gap-4">
          <Button variant="primary" busy={order.isFetching} onClick={() => void order.refetch()}>
            Retry
          </Button>
          <BackToAllOrders />
        </div>
      </div>
    );
  }
  return (
    <div className="space-y-5">
      <OrderHeader order={data} />
      <OrderEditor key={data.id} order={data} />
      <OrderActivity orderId={data.id} />
      <Outlet />
    </div>
  );
}

/** Back to the list as the merchant left it (its tab, search and page). */
function BackToAllOrders({ className }: { className?: string }) {
  const listSearch = useLastListSearch((state) => state.search);
  return (
    <Link to="/" search={listSearch} className={cx('font-medium text-accent-700 hover:underline', className)}>
      Go to All Orders
    </Link>
  );
}
