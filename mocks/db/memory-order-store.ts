import type { OrderStatus } from '@/domain';
import type { OrderIdsParams, OrderListParams } from '@/api/contract';
import type { NewActivity, OrderStore, OrderWrites } from '@/backend/order-store';
import type { Overlay } from '../backend/overlay';
import type { OrderIndex } from './order-index';

/** Runs one write at a time, in order: the demo's stand-in for a database's row locks. */
export class WriteQueue {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.last.then(work, work);
    this.last = result.catch(() => undefined);
    return result;
  }
}

/**
 * The demo's orders: the seed's columns (OrderIndex) with the merchant's changes on top (Overlay),
 * saved to `persist` (localStorage in the browser) after every write.
 */
export class MemoryOrderStore implements OrderStore {
  constructor(
    private readonly overlay: Overlay,
    private readonly index: OrderIndex,
    private readonly persist: () => void,
    private readonly queue: WriteQueue,
  ) {}

  async list(params: OrderListParams) {
    return this.index.list(params);
  }

  async matching(params: OrderIdsParams) {
    return this.index.matching(params);
  }

  async get(id: string) {
    return this.index.get(id);
  }

  async activity(orderId: string) {
    return [...(this.overlay.activity[orderId] ?? [])].reverse();
  }

  transaction<T>(work: (tx: OrderWrites) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      const result = await work(this.writes);
      this.persist();
      return result;
    });
  }

  private readonly writes: OrderWrites = {
    getForUpdate: async (id) => this.index.get(id),
    statusesForUpdate: async (ids) => {
      const statuses = new Map<string, OrderStatus>();
      for (const id of ids) {
        const status = this.index.statusOf(id);
        if (status) statuses.set(id, status);
      }
      return statuses;
    },
    nextCreated: async () => {
      const sequence = this.overlay.created + 1;
      this.overlay.created = sequence;
      return {
        id: `ord_c${String(sequence).padStart(5, '0')}`,
        code: String(1001 + this.overlay.seedOrders + sequence - 1),
      };
    },
    insert: async (order) => {
      this.overlay.upserts[order.id] = order;
      this.index.refresh(order.id);
    },
    update: async (order, expectedVersion) => {
      if (this.index.get(order.id)?.version !== expectedVersion) return false;
      this.overlay.upserts[order.id] = order;
      this.index.refresh(order.id);
      return true;
    },
    // Only the deletion is recorded: a seeded order can be made again from its index to restore
    // it, and an edited or created one is already among the upserts. Thousands fit in localStorage.
    markDeleted: async (ids, statuses, at, entry) => {
      const deleted = new Set<string>();
      for (const id of ids) {
        const status = this.index.statusOf(id);
        if (!status || !statuses.includes(status)) continue;
        this.overlay.deletions[id] = at.getTime();
        this.index.refresh(id);
        deleted.add(id);
      }
      this.record([...deleted].map((orderId) => ({ orderId, ...entry })));
      return deleted;
    },
    deletedAt: async (ids) => {
      const deleted = new Map<string, Date>();
      for (const id of ids) {
        const at = this.overlay.deletions[id];
        const exists = this.overlay.upserts[id] ?? this.index.original(id);
        if (at !== undefined && exists) deleted.set(id, new Date(at));
      }
      return deleted;
    },
    undelete: async (ids) => {
      for (const id of ids) {
        delete this.overlay.deletions[id];
        this.index.refresh(id);
      }
    },
    findAnswer: async (orderId, key) => this.overlay.idempotency[`${orderId}:${key}`],
    rememberAnswer: async (orderId, key, answer) => {
      this.overlay.idempotency[`${orderId}:${key}`] = answer;
    },
    recordActivity: async (entries) => this.record(entries),
  };

  private record(entries: readonly NewActivity[]) {
    for (const { orderId, ...entry } of entries) {
      this.overlay.activityCount += 1;
      (this.overlay.activity[orderId] ??= []).push({ id: `act_${this.overlay.activityCount}`, ...entry });
    }
  }
}
