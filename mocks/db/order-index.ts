import { ORDER_STATUSES, STATUS_RANK, type Order, type OrderStatus } from '@/domain';
import type { OrderIdsParams, OrderListParams, SortField, StatusCounts, StatusFilter } from '@/api/contract';
import { orderId, seedIndexOf, seededOrderAt } from '@/backend/seed/seed';
import type { Overlay } from '../backend/overlay';
import { customerSortKey, orderSearchParts, searchNeedle } from '@/backend/order-search';
import { SeedTable } from './seed-table';

/** Search parts per order object (orders are never mutated, only replaced). */
const searchParts = new WeakMap<Order, string[]>();

function searchPartsOf(order: Order): string[] {
  let parts = searchParts.get(order);
  if (!parts) {
    parts = orderSearchParts(order);
    searchParts.set(order, parts);
  }
  return parts;
}

/** Whether an order matches a folded search: some part of its search text contains it. */
export function orderMatches(order: Order, needle: string): boolean {
  return needle === '' || searchPartsOf(order).some((part) => part.includes(needle));
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(['all', ...ORDER_STATUSES].map((s) => [s, 0])) as StatusCounts;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every current order: the seed (as columns) with the demo's changes on top (edited and created
 * orders, deletions). Pages, sorts, filters and searches 100,000 orders without building them;
 * only the orders on the page are made.
 */
export class OrderIndex {
  readonly seed: SeedTable;
  /** 1 where the overlay replaces or deletes the seeded order. */
  private readonly shadowed: Uint8Array;
  /** The same seed indexes as a set, so counting without a search needs no pass over the seed. */
  private readonly shadowedIndexes = new Set<number>();
  private readonly made = new Map<number, Order>();

  /** `seed`: the columns of an earlier load of the same seed (another tab saved), reused as they are. */
  constructor(
    private readonly overlay: Overlay,
    count: number,
    seed?: SeedTable,
  ) {
    this.seed =
      seed?.count === count && seed.anchorMs === overlay.anchorMs ? seed : new SeedTable(count, overlay.anchorMs);
    this.shadowed = new Uint8Array(count);
    for (const id of [...Object.keys(overlay.upserts), ...Object.keys(overlay.deletions)]) this.refresh(id);
  }

  /** Call after the overlay's entry for this id changed. */
  refresh(id: string): void {
    const index = seedIndexOf(id, this.seed.count);
    if (index < 0) return;
    const shadowed = Boolean(this.overlay.upserts[id]) || this.overlay.deletions[id] !== undefined;
    this.shadowed[index] = shadowed ? 1 : 0;
    if (shadowed) this.shadowedIndexes.add(index);
    else this.shadowedIndexes.delete(index);
  }

  private seeded(index: number): Order {
    let order = this.made.get(index);
    if (!order) {
      order = seededOrderAt(index, this.seed.count, this.seed.anchorMs);
      this.made.set(index, order);
    }
    return order;
  }

  /** The current order with this id: edited, created, seeded, or none if deleted. */
  get(id: string): Order | undefined {
    if (this.overlay.deletions[id] !== undefined) return undefined;
    const changed = this.overlay.upserts[id];
    if (changed) return changed;
    const index = seedIndexOf(id, this.seed.count);
    return index < 0 ? undefined : this.seeded(index);
  }

  /** The current order's status, without making a seeded order. */
  statusOf(id: string): OrderStatus | undefined {
    if (this.overlay.deletions[id] !== undefined) return undefined;
    const changed = this.overlay.upserts[id];
    if (changed) return changed.status;
    const index = seedIndexOf(id, this.seed.count);
    return index < 0 ? undefined : (ORDER_STATUSES[this.seed.statuses[index] ?? 0] as OrderStatus);
  }

  /** The seeded order an id was made from, whatever the overlay says (for restoring it). */
  original(id: string): Order | undefined {
    const index = seedIndexOf(id, this.seed.count);
    return index < 0 ? undefined : this.seeded(index);
  }

  /**
   * Which seeded orders are current and match the search: 1 or 0 per seed index, each checked
   * once per request. With no search, the shadowed flags already say it.
   */
  private seedVisible(needle: string): (index: number) => boolean {
    const { shadowed } = this;
    if (needle === '') return (index) => shadowed[index] === 0;
    const matches = this.seed.matcher(needle);
    const visible = new Uint8Array(shadowed.length);
    for (let index = 0; index < visible.length; index += 1)
      visible[index] = shadowed[index] === 0 && matches(index) ? 1 : 0;
    return (index) => visible[index] === 1;
  }

  private changedOrders(): Order[] {
    return Object.values(this.overlay.upserts).filter((order) => this.overlay.deletions[order.id] === undefined);
  }

  /**
   * What a filter wants: seed indexes (current, matching the search, of the status), changed
   * orders (the same), and the counts per status for the search alone.
   */
  private wanted({ status, q }: { status: StatusFilter; q: string }) {
    const needle = searchNeedle(q);
    const visible = this.seedVisible(needle);
    const rank = status === 'all' ? -1 : STATUS_RANK[status];
    const { statuses } = this.seed;
    const changed = this.changedOrders().filter((order) => orderMatches(order, needle));
    return {
      counts: () => this.counts(needle === '' ? null : visible, changed),
      seed: (index: number) => (rank < 0 || statuses[index] === rank) && visible(index),
      changed: changed.filter((order) => status === 'all' || order.status === status),
    };
  }

  /** One page, with the total for the filter and the counts per status for the search. */
  list(params: OrderListParams): { items: Order[]; total: number; counts: StatusCounts } {
    const descending = params.sort.startsWith('-');
    const field = (descending ? params.sort.slice(1) : params.sort) as SortField;
    const wanted = this.wanted(params);
    const counts = wanted.counts();
    const total = params.status === 'all' ? counts.all : counts[params.status];

    const start = (params.page - 1) * params.pageSize;
    const items: Order[] = [];
    let position = 0;
    for (const next of this.inOrder(field, descending, wanted.seed, wanted.changed)) {
      if (position >= start) items.push(typeof next === 'number' ? this.seeded(next) : next);
      position += 1;
      if (items.length >= params.pageSize) break;
    }
    return { items, total, counts };
  }

  /** Counts per status: of the seed (those `visible`, or all current ones) and of the changed orders. */
  private counts(visible: ((index: number) => boolean) | null, changed: readonly Order[]): StatusCounts {
    const counts = emptyCounts();
    const { statuses } = this.seed;
    let byRank: number[];
    if (visible) {
      byRank = ORDER_STATUSES.map(() => 0);
      for (let index = 0; index < statuses.length; index += 1) {
        if (visible(index)) byRank[statuses[index] ?? 0]! += 1;
      }
    } else {
      byRank = ORDER_STATUSES.map((_, rank) => this.seed.statusCounts[rank] ?? 0);
      for (const index of this.shadowedIndexes) byRank[statuses[index] ?? 0]! -= 1;
    }
    ORDER_STATUSES.forEach((status, rank) => (counts[status] = byRank[rank] ?? 0));
    for (const order of changed) counts[order.status] += 1;
    counts.all = ORDER_STATUSES.reduce((sum, status) => sum + counts[status], 0);
    return counts;
  }

  /**
   * The wanted orders in sort order: seed indexes from the seed's sort order, merged with the
   * changed orders (few) sorted by the same rule. Ties go by id, and descending is the exact reverse.
   */
  private *inOrder(
    field: SortField,
    descending: boolean,
    seedWanted: (index: number) => boolean,
    changed: Order[],
  ): Generator<number | Order> {
    const compare = this.comparator(field);
    const sign = descending ? -1 : 1;
    changed.sort((a, b) => sign * compare.orders(a, b));
    const order = this.seed.sorted(field);
    const length = order.length;
    let next = 0;
    for (let step = 0; step < length; step += 1) {
      const index = order[descending ? length - 1 - step : step] ?? 0;
      if (!seedWanted(index)) continue;
      while (next < changed.length && sign * compare.orderToSeed(changed[next] as Order, index) < 0)
        yield changed[next++] as Order;
      yield index;
    }
    while (next < changed.length) yield changed[next++] as Order;
  }

  private comparator(field: SortField) {
    const seed = this.seed;
    const value: (order: Order) => number | string =
      field === 'createdAt'
        ? (order) => Date.parse(order.createdAt)
        : field === 'totalCents'
          ? (order) => order.totalCents
          : field === 'status'
            ? (order) => STATUS_RANK[order.status]
            : customerSortKey;
    const seedValue: (index: number) => number | string =
      field === 'createdAt'
        ? (index) => seed.createdMs[index] ?? 0
        : field === 'totalCents'
          ? (index) => seed.totalAt(index)
          : field === 'status'
            ? (index) => seed.statuses[index] ?? 0
            : (index) => seed.customerKeyAt(index);
    const byValue = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);
    return {
      orders: (a: Order, b: Order) => byValue(value(a), value(b)) || compareIds(a.id, b.id),
      orderToSeed: (a: Order, index: number) => byValue(value(a), seedValue(index)) || compareIds(a.id, orderId(index)),
    };
  }

  /** Ids and statuses of every order matching a filter, newest first. */
  matching(params: OrderIdsParams): { ids: string[]; statuses: OrderStatus[]; total: number } {
    const wanted = this.wanted(params);
    const { statuses } = this.seed;
    const ids: string[] = [];
    const found: OrderStatus[] = [];
    for (const next of this.inOrder('createdAt', true, wanted.seed, wanted.changed)) {
      if (typeof next === 'number') {
        ids.push(orderId(next));
        found.push(ORDER_STATUSES[statuses[next] ?? 0] as OrderStatus);
      } else {
        ids.push(next.id);
        found.push(next.status);
      }
    }
    return { ids, statuses: found, total: ids.length };
  }
}
