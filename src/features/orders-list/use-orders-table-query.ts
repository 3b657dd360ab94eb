import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect } from 'react';
import { ordersQueryOptions, useOrders } from '@/api/orders/get-orders';
import { whenIdle } from '@/lib/idle-module';
import { useLastListSearch } from '@/stores/last-list-search';
import { usePreferences } from './preferences-store';
import { hasActiveFilter, toListParams, type OrdersSearch } from './search-params';

/** The query All Orders runs for a URL, for the route's loader to warm the cache with. */
export function ordersPageQueryOptions(search: OrdersSearch) {
  return ordersQueryOptions(toListParams(search, usePreferences.getState().pageSize));
}

/**
 * All Orders' parameters live in the URL: this reads them, loads the page they name, writes
 * changes back (a filter, search or sort change goes back to page 1) and snaps a page past the
 * end back to the last one.
 */
export function useOrdersTableQuery() {
  const search = useSearch({ from: '/_signed-in/' });
  const navigate = useNavigate({ from: '/' });
  const preferredPageSize = usePreferences((state) => state.pageSize);
  const params = toListParams(search, preferredPageSize);
  const orders = useOrders(params);
  const rememberSearch = useLastListSearch((state) => state.remember);

  useEffect(() => rememberSearch(search), [rememberSearch, search]);

  const queryClient = useQueryClient();
  const setSearch = useCallback(
    (patch: Partial<OrdersSearch>, resetPage = true) => {
      const next = { ...search, ...(resetPage ? { page: 1 } : {}), ...patch };
      // Ask for the page first, so the request is on its way while the URL and the page update
      // (the route's loader asks for the same query, and shares this request).
      void queryClient.ensureQueryData(ordersPageQueryOptions(next)).catch(() => undefined);
      void navigate({ search: (prev) => ({ ...prev, ...(resetPage ? { page: 1 } : {}), ...patch }) });
    },
    [navigate, queryClient, search],
  );

  const data = orders.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / params.pageSize)) : 1;

  // A page past the end (after deletes, or an old link) snaps back to the last page.
  useEffect(() => {
    if (data && !orders.isPlaceholderData && params.page > pageCount) setSearch({ page: pageCount }, false);
  }, [data, orders.isPlaceholderData, params.page, pageCount, setSearch]);

  // The page a merchant most often asks for next is in the cache before they ask: Next page shows
  // it at once. Fetched again after each refresh of this page (a write drops pages off screen), and
  // not for a search: a server process that has not counted that search yet would count every
  // match again for a page the merchant may never ask for.
  const settledAt = data !== undefined && !orders.isPlaceholderData ? orders.dataUpdatedAt : 0;
  const searching = params.q.trim() !== '';
  useEffect(() => {
    if (settledAt === 0 || searching || params.page >= pageCount) return;
    const prefetch = () => void queryClient.prefetchQuery(ordersPageQueryOptions({ ...search, page: params.page + 1 }));
    return whenIdle(prefetch, { soon: true });
  }, [settledAt, searching, params.page, pageCount, queryClient, search]);

  return {
    search,
    params,
    orders,
    setSearch,
    filterActive: hasActiveFilter(search),
    /** Changes when the set of matching orders may change (not on paging or sorting). */
    filterKey: `${params.status}\u0000${params.q}`,
  };
}
