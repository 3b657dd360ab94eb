import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Order } from '@/domain';
import { useOrders } from '@/api/orders/get-orders';
import { orderIdsQueryOptions } from '@/api/orders/get-order-ids';
import type { OrderSort, StatusFilter } from '@/api/contract';
import { markMainContentShown } from '@/lib/idle-module';
import { useNow } from '@/lib/use-now';
import { notify } from '@/stores/notices';
import { useLastListSearch } from '@/stores/last-list-search';
import { BulkBar } from './bulk-bar';
import { ColumnChooser } from './column-chooser';
import { LazyDeleteDialog } from './lazy-delete-dialog';
import { LoadFailed, NoMatches, NoOrdersYet } from './list-states';
import { OrdersTable } from './orders-table';
import { Pagination } from './pagination';
import { usePreferences } from './preferences-store';
import { SearchBox } from './search-box';
import { hasActiveFilter, toListParams, type OrdersSearch } from './search-params';
import { useSelection } from './selection-store';
import { StatusTabs, tabId } from './status-tabs';
import { useDeleteFlow } from './use-delete-flow';

const numbers = new Intl.NumberFormat('en-US');

export function AllOrdersPage() {
  const search = useSearch({ from: '/' });
  const navigate = useNavigate({ from: '/' });
  const queryClient = useQueryClient();
  const now = useNow();
  const preferredPageSize = usePreferences((state) => state.pageSize);
  const setPreferredPageSize = usePreferences((state) => state.setPageSize);
  const hiddenColumns = usePreferences((state) => state.hiddenColumns);
  const params = toListParams(search, preferredPageSize);
  const orders = useOrders(params);
  const selected = useSelection((state) => state.selected);
  const { setMany, clear } = useSelection.getState();
  const deleteFlow = useDeleteFlow();
  const [selectingAll, setSelectingAll] = useState(false);
  const [lastSelectAll, setLastSelectAll] = useState<{ key: string; ids: readonly string[] } | null>(null);
  const rememberSearch = useLastListSearch((state) => state.remember);

  useEffect(() => rememberSearch(search), [rememberSearch, search]);

  const setSearch = useCallback(
    (patch: Partial<OrdersSearch>, resetPage = true) =>
      void navigate({ search: (prev) => ({ ...prev, ...(resetPage ? { page: 1 } : {}), ...patch }) }),
    [navigate],
  );

  const data = orders.data;
  const shown = data !== undefined || orders.isError;
  useEffect(() => {
    if (shown) markMainContentShown();
  }, [shown]);
  const items = useMemo(() => data?.items ?? [], [data]);
  const pageCount = data ? Math.max(1, Math.ceil(data.total / params.pageSize)) : 1;

  // A page past the end (after deletes, or an old link) snaps back to the last page.
  useEffect(() => {
    if (data && !orders.isPlaceholderData && params.page > pageCount) setSearch({ page: pageCount }, false);
  }, [data, orders.isPlaceholderData, params.page, pageCount, setSearch]);

  const requestDelete = deleteFlow.request;
  const onDelete = useCallback(
    (order: Order) => requestDelete({ entries: [[order.id, order.status]], orderCode: order.code }),
    [requestDelete],
  );
  const selectedOnPage = items.filter((order) => selected.has(order.id)).length;
  const allOnPageSelected = items.length > 0 && selectedOnPage === items.length;

  const filterActive = hasActiveFilter(search);
  const filterKey = `${params.status}\u0000${params.q}`;
  const everyMatchSelected =
    lastSelectAll?.key === filterKey &&
    lastSelectAll.ids.every((id) => selected.has(id)) &&
    data?.total === lastSelectAll.ids.length;
  const matching = filterActive && data && data.total > 0 && !everyMatchSelected ? data.total : null;

  const selectAllMatching = async () => {
    setSelectingAll(true);
    try {
      const result = await queryClient.fetchQuery(orderIdsQueryOptions({ status: params.status, q: params.q }));
      setMany(
        result.ids.map((id, index) => [id, result.statuses[index] ?? 'unpaid'] as const),
        true,
      );
      setLastSelectAll({ key: filterKey, ids: result.ids });
    } catch (error) {
      notify({
        tone: 'error',
        message: `Couldn't select every matching order. ${error instanceof Error ? error.message : ''}`,
      });
    } finally {
      setSelectingAll(false);
    }
  };

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
                ? `${numbers.format(counts.all)} orders match “${search.q.trim()}”`
                : `${numbers.format(counts.all)} orders in your store`}
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
