import { ORDER_STATUSES, type Order, type OrderStatus } from '@/domain';
import type { OrderListParams, StatusCounts } from '@/api/contract';
import { seedIndexOf, seededOrderAt, seededStatusAt, orderId } from '../data/seed';
import type { Overlay } from '../backend/overlay';

/**
 * The seed without building it: statuses up front (cheap), whole orders only when asked for. It
 * answers the default view (newest first, no search) at 100,000 orders while the full, indexed
 * store is still being built in the background.
 */
export class SeedView {
  private readonly statuses: Uint8Array;
  private readonly made = new Map<number, Order>();
  private readonly baseCounts: number[];

  constructor(
    readonly count: number,
    private readonly anchorMs: number,
  ) {
    this.statuses = new Uint8Array(count);
    this.baseCounts = ORDER_STATUSES.map(() => 0);
    for (let index = 0; index < count; index += 1) {
      const rank = ORDER_STATUSES.indexOf(seededStatusAt(index));
      this.statuses[index] = rank;
      this.baseCounts[rank] = (this.baseCounts[rank] ?? 0) + 1;
    }
  }

  orderAt(index: number): Order {
    let order = this.made.get(index);
    if (!order) {
      order = seededOrderAt(index, this.count, this.anchorMs);
      this.made.set(index, order);
    }
    return order;
  }

  /** The current order with this id: an edited copy, a created one, the seed's, or none if deleted. */
  get(id: string, overlay: Overlay): Order | undefined {
    if (overlay.deletions[id] !== undefined) return undefined;
    const changed = overlay.upserts[id];
    if (changed) return changed;
    const index = seedIndexOf(id, this.count);
    return index < 0 ? undefined : this.orderAt(index);
  }

  private statusOf(index: number, overlay: Overlay): OrderStatus | null {
    const id = orderId(index);
    if (overlay.deletions[id] !== undefined) return null;
    return overlay.upserts[id]?.status ?? (ORDER_STATUSES[this.statuses[index] ?? 0] as OrderStatus);
  }

  /** One page of the newest-first (or oldest-first) view with no search, and the counts per status. */
  list(params: OrderListParams, overlay: Overlay): { items: Order[]; total: number; counts: StatusCounts } {
    const created = Object.values(overlay.upserts)
      .filter((order) => seedIndexOf(order.id, this.count) < 0 && overlay.deletions[order.id] === undefined)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));

    const counts = Object.fromEntries(['all', ...ORDER_STATUSES].map((s) => [s, 0])) as StatusCounts;
    ORDER_STATUSES.forEach((status, rank) => (counts[status] = this.baseCounts[rank] ?? 0));
    const seedIds = new Set([...Object.keys(overlay.deletions), ...Object.keys(overlay.upserts)]);
    for (const id of seedIds) {
      const index = seedIndexOf(id, this.count);
      if (index < 0) continue;
      counts[ORDER_STATUSES[this.statuses[index] ?? 0] as OrderStatus] -= 1;
      const now = this.statusOf(index, overlay);
      if (now) counts[now] += 1;
    }
    for (const order of created) counts[order.status] += 1;
    counts.all = ORDER_STATUSES.reduce((sum, status) => sum + counts[status], 0);

    const wanted = (status: OrderStatus | null) => status !== null && (params.status === 'all' || status === params.status);
    const total = params.status === 'all' ? counts.all : counts[params.status];
    const start = (params.page - 1) * params.pageSize;
    const items: Order[] = [];
    const take = (order: Order) => {
      if (items.length < params.pageSize) items.push(order);
    };
    let position = 0;
    const visit = (status: OrderStatus | null, order: () => Order) => {
      if (!wanted(status)) return true;
      if (position >= start) take(order());
      position += 1;
      return items.length < params.pageSize;
    };
    const newestFirst = params.sort === '-createdAt';
    const fromCreated = () => created.every((order) => visit(order.status, () => order));
    const fromSeed = () => {
      for (let step = 0; step < this.count; step += 1) {
        const index = newestFirst ? step : this.count - 1 - step;
        const status = this.statusOf(index, overlay);
        if (!visit(status, () => this.get(orderId(index), overlay) as Order)) return false;
      }
      return true;
    };
    if (newestFirst) {
      if (fromCreated()) fromSeed();
    } else {
      created.reverse();
      if (fromSeed()) fromCreated();
    }
    return { items, total, counts };
  }
}
