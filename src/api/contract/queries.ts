import { ORDER_STATUSES } from '@/domain';
import { z } from '@/domain/zod';

/** What a read asks for: the list's filter, search, sort and page, as query parameters. */

export const SORT_FIELDS = ['createdAt', 'totalCents', 'customer', 'status'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export const sortSchema = z.enum([...SORT_FIELDS, ...SORT_FIELDS.map((f) => `-${f}` as const)]);
export type OrderSort = z.infer<typeof sortSchema>;
export const DEFAULT_SORT: OrderSort = '-createdAt';

export const PAGE_SIZES = [25, 50, 100, 250] as const;
export const MAX_PAGE_SIZE = 250;

export const statusFilterSchema = z.enum(['all', ...ORDER_STATUSES]);
export type StatusFilter = z.infer<typeof statusFilterSchema>;

export const orderListParamsSchema = z.object({
  status: z._default(statusFilterSchema, 'all'),
  q: z._default(z.string().check(z.maxLength(200)), ''),
  sort: z._default(sortSchema, DEFAULT_SORT),
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE)), 25),
});
export type OrderListParams = z.infer<typeof orderListParamsSchema>;

export type StatusCounts = Record<StatusFilter, number>;

export const orderIdsParamsSchema = z.pick(orderListParamsSchema, { status: true, q: true });
export type OrderIdsParams = z.infer<typeof orderIdsParamsSchema>;
