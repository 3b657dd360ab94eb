import { z } from 'zod';
import { DEFAULT_SORT, PAGE_SIZES, sortSchema, statusFilterSchema, type OrderListParams } from '@/api/contract';

/** The table's state as it lives in the URL: a copied link reopens the same view. */
export const ordersSearchSchema = z.object({
  status: statusFilterSchema.default('all').catch('all'),
  q: z.string().max(200).default('').catch(''),
  sort: sortSchema.default(DEFAULT_SORT).catch(DEFAULT_SORT),
  page: z.coerce.number().int().min(1).default(1).catch(1),
  pageSize: z
    .coerce.number()
    .refine((size) => (PAGE_SIZES as readonly number[]).includes(size))
    .optional()
    .catch(undefined),
});

export type OrdersSearch = z.infer<typeof ordersSearchSchema>;

export const ORDERS_SEARCH_DEFAULTS = { status: 'all', q: '', sort: DEFAULT_SORT, page: 1 } as const;

export function toListParams(search: OrdersSearch, fallbackPageSize: number): OrderListParams {
  return { status: search.status, q: search.q, sort: search.sort, page: search.page, pageSize: search.pageSize ?? fallbackPageSize };
}

export function hasActiveFilter(search: Pick<OrdersSearch, 'status' | 'q'>): boolean {
  return search.status !== 'all' || search.q.trim() !== '';
}
