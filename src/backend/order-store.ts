import type { Order, OrderStatus } from '@/domain';
import type { ActivityEntry, OrderIdsParams, OrderListParams, StatusCounts } from '@/api/contract';
import type { Sendable } from './json-text';

export interface OrderPage {
  items: Sendable<Order[]>;
  total: number;
  counts: StatusCounts;
}

/** Every current order matching a filter, newest first: `statuses[i]` is the status of `ids[i]`. */
export interface MatchingOrders {
  ids: Sendable<string[]>;
  statuses: Sendable<OrderStatus[]>;
  total: number;
}

/** What a write records on an order's trail, before it is given an order and an id. */
export type TrailEntry = Omit<ActivityEntry, 'id'>;
/** An activity entry as a write records it; the store gives it its id. */
export type NewActivity = TrailEntry & { orderId: string };

/** An answer kept under an idempotency key, sent again as it was when the key comes back. */
export interface RememberedAnswer {
  status: number;
  body: unknown;
}

/**
 * What the operations need from storage, and nothing about the rules. The demo backend keeps
 * orders in memory (mocks/db), the server in PostgreSQL (server/db); the operations themselves
 * are written once, in orders-service.ts.
 */
export interface OrderStore {
  /** One page of current (not deleted) orders, with the filter's total and the counts per status. */
  list(params: OrderListParams): Promise<OrderPage>;
  /** Ids and statuses of every current order matching a filter, newest first. */
  matching(params: OrderIdsParams): Promise<MatchingOrders>;
  get(id: string): Promise<Order | undefined>;
  /** The order's activity, newest first. */
  activity(orderId: string): Promise<ActivityEntry[]>;
  /**
   * Runs `work` as one unit: its writes all happen or none do, and the orders it reads through
   * `OrderWrites` stay locked against other writers until it ends.
   */
  transaction<T>(work: (tx: OrderWrites) => Promise<T>): Promise<T>;
}

export interface OrderWrites {
  /** The current order, locked until the unit ends. */
  getForUpdate(id: string): Promise<Order | undefined>;
  /** Statuses of those ids that are current orders, locked until the unit ends. */
  statusesForUpdate(ids: readonly string[]): Promise<Map<string, OrderStatus>>;
  /** Id and code for the next order the merchant creates. */
  nextCreated(): Promise<{ id: string; code: string }>;
  insert(order: Order): Promise<void>;
  /** Stores `order` only if the stored version is still `expectedVersion`; false when it was not. */
  update(order: Order, expectedVersion: number): Promise<boolean>;
  /**
   * Deletes those ids that are current orders in one of `statuses`, locking them until the unit
   * ends, records `entry` on the trail of each order it deleted, and answers which those are.
   */
  markDeleted(
    ids: readonly string[],
    statuses: readonly OrderStatus[],
    at: Date,
    entry: TrailEntry,
  ): Promise<Set<string>>;
  /** When each of those ids was deleted, for those that are deleted (and could come back). */
  deletedAt(ids: readonly string[]): Promise<Map<string, Date>>;
  undelete(ids: readonly string[]): Promise<void>;
  findAnswer(orderId: string, key: string): Promise<RememberedAnswer | undefined>;
  rememberAnswer(orderId: string, key: string, answer: RememberedAnswer): Promise<void>;
  recordActivity(entries: readonly NewActivity[]): Promise<void>;
}
