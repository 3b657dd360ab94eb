import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { PAGE_SIZES } from '@/api/contract';
import { z } from '@/domain/zod';

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

/** What may be read back from localStorage: anything else (corrupted, or an older shape) is dropped. */
const storedPreferencesSchema = z.object({
  pageSize: z.union(PAGE_SIZES.map((size) => z.literal(size))),
  hiddenColumns: z.array(z.enum(OPTIONAL_COLUMNS)),
});

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
    {
      name: 'orderdesk.preferences',
      version: 1,
      partialize: ({ pageSize, hiddenColumns }) => ({ pageSize, hiddenColumns }),
      // Preferences from another version of the app: start from the defaults.
      migrate: () => ({}),
      merge: (stored, current) => {
        const parsed = storedPreferencesSchema.safeParse(stored);
        return parsed.success ? { ...current, ...parsed.data } : current;
      },
    },
  ),
);
