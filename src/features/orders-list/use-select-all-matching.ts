import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { OrderListParams } from '@/api/contract';
import { orderIdsQueryOptions } from '@/api/orders/get-order-ids';
import { NOTICES } from '@/lib/notice-messages';
import { notify } from '@/stores/notices';
import { useSelection } from './selection-store';

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

  // Worked out again only when the selection or the filter changes: a select-all can hold a whole store.
  const everyMatchSelected = useMemo(
    () =>
      lastSelectAll?.key === filterKey &&
      total === lastSelectAll.ids.length &&
      lastSelectAll.ids.every((id) => selected.has(id)),
    [lastSelectAll, filterKey, total, selected],
  );
  const matching = filterActive && total !== undefined && total > 0 && !everyMatchSelected ? total : null;

  const selectAllMatching = async () => {
    setSelectingAll(true);
    try {
      const result = await queryClient.fetchQuery(orderIdsQueryOptions({ status: params.status, q: params.q }));
      // An id the answer gives no status for is left out, never guessed.
      const { ids, statuses } = result;
      useSelection.getState().selectMatching(ids, statuses);
      setLastSelectAll({ key: filterKey, ids: ids.filter((_, index) => statuses[index] !== undefined) });
    } catch (error) {
      notify({ tone: 'error', message: NOTICES.selectAllFailed(error instanceof Error ? error.message : '') });
    } finally {
      setSelectingAll(false);
    }
  };

  return { matching, selectingAll, selectAllMatching };
}
