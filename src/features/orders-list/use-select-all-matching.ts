import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrderStatus } from '@/domain';
import type { OrderIdsResponse, OrderListParams } from '@/api/contract';
import { orderIdsQueryOptions } from '@/api/orders/get-order-ids';
import { NOTICES } from '@/lib/notice-messages';
import { notify } from '@/stores/notices';
import { useSelection } from './selection-store';

/** Each id with its status; an id the answer gives no status for is left out, never guessed. */
function entriesWithStatus({ ids, statuses }: Pick<OrderIdsResponse, 'ids' | 'statuses'>) {
  return ids.flatMap((id, index) => {
    const status: OrderStatus | undefined = statuses[index];
    return status === undefined ? [] : [[id, status] as const];
  });
}

interface SelectAllInput {
  params: Pick<OrderListParams, 'status' | 'q'>;
  filterKey: string;
  /** How many orders match, as the current page says. */
  total: number | undefined;
  filterActive: boolean;
}

/** "Select all N matching orders": offered while a filter is on and not every match is selected. */
export function useSelectAllMatching({ params, filterKey, total, filterActive }: SelectAllInput) {
  const queryClient = useQueryClient();
  const selected = useSelection((state) => state.selected);
  const [selectingAll, setSelectingAll] = useState(false);
  const [lastSelectAll, setLastSelectAll] = useState<{ key: string; ids: readonly string[] } | null>(null);

  const everyMatchSelected =
    lastSelectAll?.key === filterKey &&
    lastSelectAll.ids.every((id) => selected.has(id)) &&
    total === lastSelectAll.ids.length;
  const matching = filterActive && total !== undefined && total > 0 && !everyMatchSelected ? total : null;

  const selectAllMatching = async () => {
    setSelectingAll(true);
    try {
      const result = await queryClient.fetchQuery(orderIdsQueryOptions({ status: params.status, q: params.q }));
      const entries = entriesWithStatus(result);
      useSelection.getState().setMany(entries, true);
      setLastSelectAll({ key: filterKey, ids: entries.map(([id]) => id) });
    } catch (error) {
      notify({ tone: 'error', message: NOTICES.selectAllFailed(error instanceof Error ? error.message : '') });
    } finally {
      setSelectingAll(false);
    }
  };

  return { matching, selectingAll, selectAllMatching };
}
