import { columnVisibilityFeature, createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { allowedActions, COUNTRIES, pendingRefundRequest, type Order } from '@/domain';
import { formatMoney, plural } from '@/lib/format-number';
import { Checkbox } from '@/components/ui/checkbox';
import { RefundRequestedBadge, StatusBadge } from '@/components/ui/status-badge';
import { formatExact, formatRelative } from '@/lib/format-date';
import { PHONE_QUERY, useMediaQuery } from '@/lib/use-media-query';
import type { SortField } from '@/api/contract';
import { OrderLink } from './order-link';
import { RowToolbar } from './row-toolbar';
import { useSelection } from './selection-store';

export const ordersTableFeatures = tableFeatures({ columnVisibilityFeature });
const column = createColumnHelper<typeof ordersTableFeatures, Order>();

/** Which API sort field each sortable column uses, and the direction it starts in. */
export const SORTABLE = {
  date: { field: 'createdAt', firstDescending: true },
  customer: { field: 'customer', firstDescending: false },
  total: { field: 'totalCents', firstDescending: true },
  status: { field: 'status', firstDescending: false },
} as const satisfies Record<string, { field: SortField; firstDescending: boolean }>;

export type SortableColumnId = keyof typeof SORTABLE;

export function isSortable(columnId: string): columnId is SortableColumnId {
  return Object.hasOwn(SORTABLE, columnId);
}

export interface ColumnContext {
  now: Date;
  onDelete: (order: Order) => void;
}

/** Each checkbox follows its own order's selection, so ticking one re-renders one cell. */
function SelectCell({ order }: { order: Order }) {
  const checked = useSelection((state) => state.selected.has(order.id));
  return (
    <Checkbox
      aria-label={`Select order #${order.code}`}
      checked={checked}
      onChange={() => useSelection.getState().toggle(order.id, order.status)}
    />
  );
}

function StatusBadges({ order }: { order: Order }) {
  return (
    <div className="flex flex-wrap items-center gap-1">
      <StatusBadge status={order.status} />
      {pendingRefundRequest(order) ? <RefundRequestedBadge /> : null}
    </div>
  );
}

function itemCount(order: Order): string {
  return plural(
    order.items.reduce((sum, item) => sum + item.quantity, 0),
    'item',
  );
}

function shipTo(order: Order): string {
  const { city, region, country } = order.shippingAddress;
  return [city, region, country === 'US' ? '' : (COUNTRIES[country] ?? country)].filter(Boolean).join(', ');
}

export function buildColumns(ctx: ColumnContext) {
  return [
    column.display({
      id: 'select',
      header: () => null,
      cell: ({ row }) => <SelectCell order={row.original} />,
      meta: { className: 'w-10 pl-3 sm:pl-4' },
    }),
    column.display({
      id: 'order',
      header: 'Order',
      // On a phone the customer, total and status columns are hidden: they go under the code (only there, so
      // the status is never shown, or read out, twice).
      cell: ({ row }) => (
        <>
          <OrderLink
            orderId={row.original.id}
            className="font-medium text-zinc-900 tabular hover:text-accent-700 hover:underline"
          >
            #{row.original.code}
          </OrderLink>
          <PhoneSummary order={row.original} />
        </>
      ),
      meta: { className: 'sm:w-24' },
    }),
    column.display({
      id: 'date',
      header: 'Date',
      cell: ({ row }) => (
        <time
          dateTime={row.original.createdAt}
          title={formatExact(row.original.createdAt)}
          className="whitespace-nowrap text-zinc-600"
        >
          {formatRelative(row.original.createdAt, ctx.now)}
        </time>
      ),
      meta: { className: 'w-32 max-sm:hidden' },
    }),
    column.display({
      id: 'customer',
      header: 'Customer',
      cell: ({ row }) => (
        <div className="max-w-40 min-w-0 xl:max-w-56">
          <div className="truncate font-medium [unicode-bidi:isolate]" title={row.original.customer.name}>
            {row.original.customer.name}
          </div>
          <div className="truncate text-xs text-zinc-500 [unicode-bidi:isolate]" title={row.original.customer.email}>
            {row.original.customer.email}
          </div>
        </div>
      ),
      meta: { className: 'max-sm:hidden' },
    }),
    column.display({
      id: 'shipTo',
      header: 'Ship to',
      cell: ({ row }) => (
        <div className="max-w-44 truncate text-zinc-600 [unicode-bidi:isolate]" title={shipTo(row.original)}>
          {shipTo(row.original)}
        </div>
      ),
      meta: { className: 'max-xl:hidden' },
    }),
    column.display({
      id: 'items',
      header: 'Items',
      cell: ({ row }) => <span className="whitespace-nowrap text-zinc-600 tabular">{itemCount(row.original)}</span>,
      meta: { className: 'w-20 max-2xl:hidden' },
    }),
    column.display({
      id: 'total',
      header: 'Total',
      cell: ({ row }) => (
        <span className="font-medium tabular">{formatMoney(row.original.totalCents, row.original.currency)}</span>
      ),
      meta: { className: 'w-28 text-right max-sm:hidden', align: 'right' },
    }),
    column.display({
      id: 'status',
      header: 'Status',
      cell: ({ row }) => <StatusBadges order={row.original} />,
      meta: { className: 'w-44 max-sm:hidden' },
    }),
    column.display({
      id: 'actions',
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => (
        <RowToolbar order={row.original} actions={allowedActions(row.original, ctx.now)} onDelete={ctx.onDelete} />
      ),
      meta: { className: 'w-14 pr-3 wide-hover:w-48 wide-hover:pr-4' },
    }),
  ];
}

function PhoneSummary({ order }: { order: Order }) {
  const phone = useMediaQuery(PHONE_QUERY);
  if (!phone) return null;
  return (
    <div className="space-y-1">
      <div className="max-w-52 truncate text-xs text-zinc-500 [unicode-bidi:isolate]">
        {formatMoney(order.totalCents, order.currency)} · {order.customer.name}
      </div>
      <StatusBadges order={order} />
    </div>
  );
}
