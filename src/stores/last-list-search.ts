import { create } from 'zustand';
import type { OrderSort, StatusFilter } from '@/api/contract';

/**
 * The All Orders view the merchant last had (filters, search, sort, page), so flows that end
 * on All Orders bring them back to it.
 */
export interface ListSearch {
  status?: StatusFilter;
  q?: string;
  sort?: OrderSort;
  page?: number;
  pageSize?: number;
}

interface LastListSearchState {
  search: ListSearch;
  remember: (search: ListSearch) => void;
}

export const useLastListSearch = create<LastListSearchState>()((set) => ({
  search: {},
  remember: (search) => set({ search }),
}));
