import { FlexRender, useTable, type Row } from '@tanstack/react-table';
import { memo, useEffect, useId, useMemo, useRef, type RefObject } from 'react';
import type { Order } from '@/domain';
import type { OrderSort } from '@/api/contract';
import { Checkbox } from '@/components/ui/checkbox';
import { cx } from '@/lib/cx';
import { focusRowControl } from '@/lib/row-controls';
import { useReturnFocus } from '@/stores/return-focus';
import { buildColumns, isSortable, ordersTableFeatures, SORTABLE, type ColumnContext } from './columns';
import type { OptionalColumn } from './preferences-store';
import { useSelection } from './selection-store';
import { useRovingRows } from './use-roving-rows';

interface OrdersTableProps extends ColumnContext {
  orders: readonly Order[];
  sort: OrderSort;
  onSort: (sort: OrderSort) => void;
  hiddenColumns: readonly OptionalColumn[];
  allOnPageSelected: boolean;
  someOnPageSelected: boolean;
  onTogglePage: () => void;
  busy: boolean;
  loading: boolean;
  pageSize: number;
}

function nextSort(columnId: string, current: OrderSort): OrderSort | null {
  if (!isSortable(columnId)) return null;
  const { field, firstDescending } = SORTABLE[columnId];
  const descending: OrderSort = `-${field}`;
  if (current === field) return descending;
  if (current === descending) return field;
  return firstDescending ? descending : field;
}

function ariaSort(columnId: string, current: OrderSort): 'ascending' | 'descending' | undefined {
  if (!isSortable(columnId)) return undefined;
  const { field } = SORTABLE[columnId];
  if (current === field) return 'ascending';
  if (current === `-${field}`) return 'descending';
  return undefined;
}

function SortArrow({ direction }: { direction: 'ascending' | 'descending' | undefined }) {
  return (
    <span aria-hidden="true" className={cx('text-[10px]', direction ? 'text-zinc-900' : 'text-zinc-300')}>
      {direction === 'ascending' ? '▲' : '▼'}
    </span>
  );
}

type OrderColumns = ReturnType<typeof buildColumns>;
type ColumnVisibility = Record<string, boolean>;

interface OrderRowProps {
  row: Row<typeof ordersTableFeatures, Order>;
  /** The cells' renderers (they hold `now` and `onDelete`). */
  columns: OrderColumns;
  columnVisibility: ColumnVisibility;
}

/** A row re-renders when its order, the cells' renderers or the visible columns change; not for a neighbour. */
function rowUnchanged(before: OrderRowProps, after: OrderRowProps): boolean {
  return (
    before.row.original === after.row.original &&
    before.columns === after.columns &&
    before.columnVisibility === after.columnVisibility
  );
}

const OrderRow = memo(function OrderRow({ row }: OrderRowProps) {
  const selected = useSelection((state) => state.selected.has(row.id));
  return (
    <tr
      data-order-id={row.id}
      className={cx('group h-12 hover:bg-zinc-50 focus-within:bg-zinc-50', selected && 'bg-accent-50/60')}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={cx('px-3 py-1.5 align-middle', cell.column.columnDef.meta?.className)}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
}, rowUnchanged);

/** The orders of one page; the server pages, sorts and filters. */
export function OrdersTable(props: OrdersTableProps) {
  const { orders, sort, onSort, hiddenColumns, now, onDelete } = props;
  const columns = useMemo(() => buildColumns({ now, onDelete }), [now, onDelete]);
  const columnVisibility = useMemo(() => Object.fromEntries(hiddenColumns.map((id) => [id, false])), [hiddenColumns]);
  const table = useTable({
    features: ordersTableFeatures,
    columns,
    data: orders,
    getRowId: (order) => order.id,
    state: { columnVisibility },
  });

  const body = useRef<HTMLTableSectionElement>(null);
  useRovingRows(body);
  useFocusReturnedRow(body, orders);
  const hintId = useId();

  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-xs">
      <p id={hintId} hidden>
        One Tab stop for all rows: the arrow keys move between orders and along a row&apos;s actions.
      </p>
      <table
        aria-label="Orders"
        aria-describedby={hintId}
        aria-busy={props.busy || props.loading}
        className="w-full border-collapse text-left"
      >
        <thead className="border-b border-zinc-200 bg-zinc-50/80 text-xs font-medium text-zinc-500">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta;
                const direction = ariaSort(header.column.id, sort);
                const target = nextSort(header.column.id, sort);
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={direction}
                    className={cx('h-9 px-3 font-medium whitespace-nowrap', meta?.className)}
                  >
                    {header.column.id === 'select' ? (
                      <Checkbox
                        aria-label="Select all orders on this page"
                        checked={props.allOnPageSelected}
                        indeterminate={!props.allOnPageSelected && props.someOnPageSelected}
                        disabled={orders.length === 0}
                        onChange={props.onTogglePage}
                      />
                    ) : target ? (
                      <button
                        type="button"
                        onClick={() => onSort(target)}
                        className={cx(
                          'inline-flex items-center gap-1 rounded hover:text-zinc-900',
                          meta?.align === 'right' && 'flex-row-reverse',
                          direction && 'text-zinc-900',
                        )}
                      >
                        <FlexRender header={header} />
                        <SortArrow direction={direction} />
                      </button>
                    ) : (
                      <FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody ref={body} className={cx('divide-y divide-zinc-100 transition-opacity', props.busy && 'opacity-60')}>
          {props.loading
            ? Array.from({ length: Math.min(props.pageSize, 12) }, (_, index) => (
                <tr key={index} aria-hidden="true">
                  {table.getVisibleLeafColumns().map((col) => (
                    <td key={col.id} className="h-12 px-3">
                      <div className="h-3 animate-pulse rounded bg-zinc-100" />
                    </td>
                  ))}
                </tr>
              ))
            : table
                .getRowModel()
                .rows.map((row) => (
                  <OrderRow key={row.id} row={row} columns={columns} columnVisibility={columnVisibility} />
                ))}
        </tbody>
      </table>
    </div>
  );
}

/** Focuses the row a dialog handed focus back to (see useReturnFocus), once it is on the page. */
function useFocusReturnedRow(body: RefObject<HTMLTableSectionElement | null>, orders: readonly Order[]) {
  const orderId = useReturnFocus((state) => state.orderId);
  useEffect(() => {
    if (!orderId || !orders.some((order) => order.id === orderId)) return;
    const row = body.current?.querySelector(`tr[data-order-id="${CSS.escape(orderId)}"]`);
    if (focusRowControl(row, 0)) useReturnFocus.getState().clear();
  }, [body, orderId, orders]);
}
