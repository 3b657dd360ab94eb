import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useCreateOrder } from '@/api/orders/create-order';
import { useProducts } from '@/api/products/get-products';
import { Button } from '@/components/ui/button';
import { markMainContentShown } from '@/lib/idle-module';
import { notify } from '@/stores/notices';
import { OrderForm, type SaveOutcome } from './order-form/order-form';
import { toDraft, type OrderFormValues } from './order-form/form-values';
import { failedSave } from './save-outcome';
import { NOTICES } from '@/lib/notice-messages';

export function NewOrderPage() {
  const products = useProducts();
  const create = useCreateOrder();
  const navigate = useNavigate();
  useEffect(() => {
    if (!products.isPending) markMainContentShown();
  }, [products.isPending]);

  const onSave = async (values: OrderFormValues): Promise<SaveOutcome> => {
    try {
      const created = await create.mutateAsync(toDraft(values));
      notify({ message: NOTICES.orderCreated(created.code) });
      return { ok: true, saved: created };
    } catch (error) {
      return failedSave(error);
    }
  };

  return (
    <div className="space-y-5">
      <div className="space-y-3">
        <Link to="/" className="text-sm text-zinc-600 hover:text-zinc-900">
          ← All Orders
        </Link>
        <h1 className="text-xl font-semibold tracking-tight">New order</h1>
      </div>
      {products.isPending ? (
        <p className="text-sm text-zinc-500">Loading the catalog…</p>
      ) : products.isError ? (
        <div role="alert" className="text-sm text-red-800">
          The product catalog couldn't be loaded.{' '}
          <Button size="sm" onClick={() => void products.refetch()}>
            Retry
          </Button>
        </div>
      ) : (
        <OrderForm
          order={null}
          products={products.data}
          submitLabel="Create order"
          onSave={async (values) => {
            const outcome = await onSave(values);
            if (outcome.ok) {
              // The form is reset to the saved values first, so leaving is not blocked.
              queueMicrotask(() => void navigate({ to: '/orders/$orderId', params: { orderId: outcome.saved.id } }));
            }
            return outcome;
          }}
        />
      )}
    </div>
  );
}
