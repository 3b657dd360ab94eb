import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { ActivityAction, ActivityChange, Order } from '@/domain';

/** The database's tables as Kysely sees them. Every table of a merchant's data leads with merchant_id. */
export interface Database {
  merchants: MerchantsTable;
  orders: OrdersTable;
  refund_answers: RefundAnswersTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  order_activity: OrderActivityTable;
  order_counts: OrderCountsTable;
  order_search_versions: OrderSearchVersionsTable;
}

export interface MerchantsTable {
  id: string;
  name: string;
  /** How many orders the seed made: created orders are numbered after them. */
  seed_orders: Generated<number>;
  created_orders: Generated<number>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface OrdersTable {
  merchant_id: string;
  id: string;
  code: string;
  status: Order['status'];
  status_rank: number;
  version: number;
  created_at: ColumnType<Date, Date | string, Date | string>;
  paid_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  total_cents: number;
  /** The customer's name folded for sorting ("Łukasz" sorts as "lukasz"), as the demo sorts it. */
  customer_key: string;
  /** Every searchable text of the order, folded, one part a line. */
  search_text: string;
  document: JSONColumnType<Order>;
  deleted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface RefundAnswersTable {
  merchant_id: string;
  order_id: string;
  key: string;
  status: number;
  body: JSONColumnType<object>;
  created_at: Generated<Date>;
}

export interface UsersTable {
  merchant_id: string;
  id: string;
  /** Lowercase and trimmed: one account per address, however it is typed. */
  email: string;
  name: string;
  /** scrypt, with its parameters and salt (server/auth/passwords.ts). */
  password_hash: string;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  merchant_id: string;
  /** SHA-256 of the cookie's token: the table alone opens no session. */
  token_hash: string;
  user_id: string;
  created_at: ColumnType<Date, Date, never>;
  last_seen_at: ColumnType<Date, Date, Date>;
}

export interface SignInFailuresTable {
  id: Generated<string>;
  email: string;
  address: string;
  at: ColumnType<Date, Date, never>;
}

export interface OrderActivityTable {
  merchant_id: string;
  order_id: string;
  id: Generated<string>;
  at: ColumnType<Date, Date | string, never>;
  user_id: string;
  user_name: string;
  action: ActivityAction;
  changes: JSONColumnType<ActivityChange[]>;
  detail: string | null;
  request_id: string | null;
}

/** Current orders per status, kept by triggers on orders (migration 0003). */
export interface OrderCountsTable {
  merchant_id: string;
  status: Order['status'];
  count: number;
}

/** A number per store that changes with whatever a search counts (migration 0004). */
export interface OrderSearchVersionsTable {
  merchant_id: string;
  /** bigint, read as a number (database.ts). */
  version: number;
}
