import { Outlet, useParams } from '@tanstack/react-router';
import { useOrder } from '@/api/orders/get-order';
import { StatusBadge } from '@/components/ui/status-badge';

export function OrderPage() {
  const { orderId } = useParams({ from: '/orders/$orderId' });
  const order = useOrder(orderId);
  if (order.isPending) return <p>Loading order…</p>;
  if (order.isError) return <p role="alert">{order.error.message}</p>;
  return (
    <div>
      <h1 className="text-xl font-semibold">Order #{order.data.code}</h1>
      <StatusBadge status={order.data.status} />
      <Outlet />
    </div>
  );
}
