import { foldText, ORDER_STATUSES, type Order } from '@/domain';
import type { OrderIdsParams, OrderListParams, SortField, StatusCounts, StatusFilter } from '@/api/contract';
import { SortedIndex } from './sorted-index';

const STATUS_RANK = new Map(ORDER_STATUSES.map((status, rank) => [status, rank]));

/** Sort key per order object (orders are never mutated, only replaced). */
const customerKeys = new WeakMap<Order, string>();
/** Search text per order object, made on the first search. */
const haystacks = new WeakMap<Order, string>();

export function customerKeyOf(order: Order): string {
  let key = customerKeys.get(order);
  if (key === undefined) {
    key = fold(order.customer.name);
    customerKeys.set(order, key);
  }
  return key;
}

export function haystackOf(order: Order): string {
  let haystack = haystacks.get(order);
  if (haystack === undefined) {
    const { customer, shippingAddress: a } = order;
    // Folded part by part: most parts repeat across orders and are folded once.
    haystack = [order.code, `#${order.code}`, customer.name, customer.email, a.name, a.city, a.region, a.country, a.postalCode]
      .map(fold)
      .join('\u0000');
    haystacks.set(order, haystack);
  }
  return haystack;
}

const fold = foldText;

function byId(a: Order, b: Order): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Orders in memory, indexed for paging, sorting, filtering and search at 100,000 orders. */
export class OrderStore {
  private readonly orders = new Map<string, Order>();
  private readonly comparators: Record<SortField, (a: Order, b: Order) => number>;
  private readonly indexes: Partial<Record<SortField, SortedIndex<Order>>> = {};

  /**
   * `newestFirst`: the orders already come newest first, so the date index needs no sort. The
   * other sort indexes are built when first used, or ahead of time with `warm`.
   */
  constructor(orders: readonly Order[], options: { newestFirst?: boolean } = {}) {
    this.comparators = {
      createdAt: (a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : byId(a, b)),
      totalCents: (a, b) => a.totalCents - b.totalCents || byId(a, b),
      customer: (a, b) => {
        const ka = customerKeyOf(a);
        const kb = customerKeyOf(b);
        return ka < kb ? -1 : ka > kb ? 1 : byId(a, b);
      },
      status: (a, b) => (STATUS_RANK.get(a.status) ?? 0) - (STATUS_RANK.get(b.status) ?? 0) || byId(a, b),
    };
    for (const order of orders) this.orders.set(order.id, order);
    const byDate = new SortedIndex(this.comparators.createdAt);
    const all = [...this.orders.values()];
    if (options.newestFirst) byDate.buildSorted(all.reverse());
    else byDate.build(all);
    this.indexes.createdAt = byDate;
  }

  private index(field: SortField): SortedIndex<Order> {
    let index = this.indexes[field];
    if (!index) {
      index = new SortedIndex(this.comparators[field]);
      index.build([...this.orders.values()]);
      this.indexes[field] = index;
    }
    return index;
  }

  /** Builds one sort index now, so the first sort by it is as quick as the rest. */
  warm(field: SortField): void {
    this.index(field);
  }

  get size(): number {
    return this.orders.size;
  }

  get(id: string): Order | undefined {
    return this.orders.get(id);
  }

  all(): IterableIterator<Order> {
    return this.orders.values();
  }

  /** Adds or replaces an order. */
  put(order: Order): void {
    const previous = this.orders.get(order.id);
    for (const index of Object.values(this.indexes)) {
      if (previous) index.remove(previous);
      index.insert(order);
    }
    this.orders.set(order.id, order);
  }

  removeMany(ids: readonly string[]): Order[] {
    const removed = new Set<Order>();
    for (const id of ids) {
      const order = this.orders.get(id);
      if (order) {
        removed.add(order);
        this.orders.delete(id);
      }
    }
    if (removed.size === 0) return [];
    for (const index of Object.values(this.indexes)) {
      if (removed.size > 16) index.removeAll(removed);
      else for (const order of removed) index.remove(order);
    }
    return [...removed];
  }

  private matches(order: Order, needle: string): boolean {
    return needle === '' || haystackOf(order).includes(needle);
  }

  /** One page, with the total for the filter and counts per status for the search. */
  list(params: OrderListParams): { items: Order[]; total: number; counts: StatusCounts } {
    const descending = params.sort.startsWith('-');
    const field = (descending ? params.sort.slice(1) : params.sort) as SortField;
    const values = this.index(field).values;
    const needle = fold(params.q.trim());
    const counts = Object.fromEntries(['all', ...ORDER_STATUSES].map((s) => [s, 0])) as StatusCounts;
    const start = (params.page - 1) * params.pageSize;
    const end = start + params.pageSize;
    const items: Order[] = [];
    let total = 0;
    const length = values.length;
    for (let step = 0; step < length; step += 1) {
      const order = values[descending ? length - 1 - step : step] as Order;
      if (!this.matches(order, needle)) continue;
      counts.all += 1;
      counts[order.status] += 1;
      if (params.status !== 'all' && order.status !== params.status) continue;
      if (total >= start && total < end) items.push(order);
      total += 1;
    }
    return { items, total, counts };
  }

  /** Every order matching a filter, newest first. */
  matching(params: OrderIdsParams): Order[] {
    const needle = fold(params.q.trim());
    const found: Order[] = [];
    for (const order of this.index('createdAt').values) {
      if (matchesStatus(order, params.status) && this.matches(order, needle)) found.push(order);
    }
    return found.reverse();
  }
}

function matchesStatus(order: Order, status: StatusFilter): boolean {
  return status === 'all' || order.status === status;
}
