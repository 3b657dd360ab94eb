import { Link } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo } from 'react';
import type { Order } from '@/domain';
import type { OrderSort, StatusFilter } from '@/api/contract';
import { markMainContentShown } from '@/lib/idle-module';
import { plural } from '@/lib/format-number';
import { useNow } from '@/lib/use-now';
import { BulkBar } from './bulk-bar';
import { ColumnChooser } from './column-chooser';
import { LazyDeleteDialog } from './lazy-delete-dialog';
import { LoadFailed, NoMatches, NoOrdersYet } from './list-states';
import { OrdersTable } from './orders-table';
import { Pagination } from './pagination';
import { usePreferences } from './preferences-store';
import { SearchBox } from './search-box';
import { useSelection } from './selection-store';
import { StatusTabs, tabId } from './status-tabs';
import { useDeleteFlow } from './use-delete-flow';
import { useOrdersTableQuery } from './use-orders-table-query';
import { useSelectAllMatching } from './use-select-all-matching';

export function AllOrdersPage() {
  const { search, params, orders, setSearch, filterActive, filterKey } = useOrdersTableQuery();
  const now = useNow();
  const setPreferredPageSize = usePreferences((state) => state.setPageSize);
  const hiddenColumns = usePreferences((state) => state.hiddenColumns);
  const selected = useSelection((state) => state.selected);
  const { setMany, clear } = useSelection.getState();
  const deleteFlow = useDeleteFlow();

  const data = orders.data;
  const shown = data !== undefined || orders.isError;
  useEffect(() => {
    if (shown) markMainContentShown();
  }, [shown]);
  const items = useMemo(() => data?.items ?? [], [data]);
  const { matching, selectingAll, selectAllMatching } = useSelectAllMatching({
    params,
    filterKey,
    total: data?.total,
    filterActive,
  });

  const requestDelete = deleteFlow.request;
  const onDelete = useCallback(
    (order: Order) => requestDelete({ entries: [[order.id, order.status]], orderCode: order.code }),
    [requestDelete],
  );
  const selectedOnPage = items.filter((order) => selected.has(order.id)).length;
  const allOnPageSelected = items.length > 0 && selectedOnPage === items.length;

  const counts = data?.counts;
  const storeIsEmpty = counts !== undefined && counts.all === 0 && search.q.trim() === '';

  return (
    <div className="space-y-4">
      <div className="flex items-end justify-between gap-4">
        <div>
          <h1 tabIndex={-1} className="text-xl font-semibold tracking-tight text-zinc-900 focus:outline-none">
            All Orders
          </h1>
          <p className="mt-0.5 text-sm text-zinc-500">
            {!counts
              ? orders.isError
                ? 'Orders are not available right now.'
                : 'Loading orders…'
              : search.q.trim()
                ? `${plural(counts.all, 'order matches', 'orders match')} “${search.q.trim()}”`
                : `${plural(counts.all, 'order')} in your store`}
          </p>
        </div>
        <Link
          to="/orders/new"
          className="inline-flex h-9 items-center rounded-md bg-accent-600 px-3.5 text-sm font-medium text-white shadow-xs hover:bg-accent-700"
        >
          New order
        </Link>
      </div>

      <StatusTabs value={search.status} counts={counts} onChange={(status: StatusFilter) => setSearch({ status })} />

      <div className="flex items-center gap-3">
        <SearchBox value={search.q} onSearch={(q) => setSearch({ q })} />
        {orders.isFetching && !orders.isPending ? (
          <span className="text-xs text-zinc-500" aria-live="polite">
            Updating…
          </span>
        ) : null}
        <div className="ml-auto">
          <ColumnChooser />
        </div>
      </div>

      {selected.size > 0 ? (
        <BulkBar
          count={selected.size}
          matching={matching}
          selectingAll={selectingAll}
          deleting={deleteFlow.deleting}
          onSelectAllMatching={() => void selectAllMatching()}
          onClear={clear}
          onDelete={() => deleteFlow.request({ entries: [...selected.entries()] })}
        />
      ) : null}

      <div id="orders-table" role="tabpanel" aria-labelledby={tabId(search.status)}>
        {orders.isError && !data ? (
          <LoadFailed
            message={orders.error.message}
            retrying={orders.isFetching}
            onRetry={() => void orders.refetch()}
          />
        ) : storeIsEmpty ? (
          <NoOrdersYet />
        ) : data && data.total === 0 ? (
          <NoMatches onClear={() => setSearch({ status: 'all', q: '' })} />
        ) : (
          <div>
            <OrdersTable
              orders={items}
              sort={params.sort}
              onSort={(sort: OrderSort) => setSearch({ sort })}
              hiddenColumns={hiddenColumns}
              now={now}
              onDelete={onDelete}
              allOnPageSelected={allOnPageSelected}
              someOnPageSelected={selectedOnPage > 0}
              onTogglePage={() =>
                setMany(
                  items.map((o) => [o.id, o.status] as const),
                  !allOnPageSelected,
                )
              }
              busy={orders.isPlaceholderData}
              loading={orders.isPending}
              pageSize={params.pageSize}
            />
            {orders.isError ? (
              <p role="alert" className="mt-2 text-sm text-red-700">
                Couldn't refresh the orders: {orders.error.message}{' '}
                <button type="button" className="font-medium underline" onClick={() => void orders.refetch()}>
                  Retry
                </button>
              </p>
            ) : null}
            {data ? (
              <Pagination
                page={params.page}
                pageSize={params.pageSize}
                total={data.total}
                onPage={(page) => setSearch({ page }, false)}
                onPageSize={(pageSize) => {
                  setPreferredPageSize(pageSize);
                  setSearch({ pageSize });
                }}
              />
            ) : null}
          </div>
        )}
      </div>

      <LazyDeleteDialog
        entries={deleteFlow.pending?.entries ?? null}
        orderCode={deleteFlow.pending?.orderCode}
        onConfirm={deleteFlow.confirm}
        onCancel={deleteFlow.cancel}
      />
    </div>
  );
}
