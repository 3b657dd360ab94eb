import { DEFAULT_SORT, PAGE_SIZES, sortSchema, statusFilterSchema, type OrderListParams } from '@/api/contract';
import { z } from '@/domain/zod';

/** The table's state as it lives in the URL: a copied link reopens the same view. */
export const ordersSearchSchema = z.object({
  status: z.catch(z._default(statusFilterSchema, 'all'), 'all'),
  q: z.catch(z._default(z.string().check(z.maxLength(200)), ''), ''),
  sort: z.catch(z._default(sortSchema, DEFAULT_SORT), DEFAULT_SORT),
  page: z.catch(z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1), 1),
  pageSize: z.catch(
    z.optional(z.coerce.number().check(z.refine((size) => (PAGE_SIZES as readonly number[]).includes(size)))),
    undefined,
  ),
});

export type OrdersSearch = z.infer<typeof ordersSearchSchema>;

export const ORDERS_SEARCH_DEFAULTS = { status: 'all', q: '', sort: DEFAULT_SORT, page: 1 } as const;

export function toListParams(search: OrdersSearch, fallbackPageSize: number): OrderListParams {
  return {
    status: search.status,
    q: search.q,
    sort: search.sort,
    page: search.page,
    pageSize: search.pageSize ?? fallbackPageSize,
  };
}

export function hasActiveFilter(search: Pick<OrdersSearch, 'status' | 'q'>): boolean {
  return search.status !== 'all' || search.q.trim() !== '';
}
