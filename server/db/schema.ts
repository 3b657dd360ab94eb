import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Order } from '@/domain';

/** The database's tables as Kysely sees them. Every table of a merchant's data leads with merchant_id. */
export interface Database {
  merchants: MerchantsTable;
  orders: OrdersTable;
  refund_answers: RefundAnswersTable;
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
