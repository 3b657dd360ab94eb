import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PAGE_SIZES } from '@/api/contract';

export const OPTIONAL_COLUMNS = ['date', 'customer', 'shipTo', 'items', 'total', 'status'] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

export const COLUMN_LABELS: Record<OptionalColumn, string> = {
  date: 'Date',
  customer: 'Customer',
  shipTo: 'Ship to',
  items: 'Items',
  total: 'Total',
  status: 'Status',
};

interface Preferences {
  pageSize: (typeof PAGE_SIZES)[number];
  hiddenColumns: OptionalColumn[];
  setPageSize: (size: (typeof PAGE_SIZES)[number]) => void;
  toggleColumn: (column: OptionalColumn) => void;
}

/** Per-browser preferences for the orders table. */
export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      pageSize: 25,
      hiddenColumns: [],
      setPageSize: (pageSize) => set({ pageSize }),
      toggleColumn: (column) =>
        set(({ hiddenColumns }) => ({
          hiddenColumns: hiddenColumns.includes(column)
            ? hiddenColumns.filter((c) => c !== column)
            : [...hiddenColumns, column],
        })),
    }),
    { name: 'orderdesk.preferences', version: 1 },
  ),
);
