import { sql, type Kysely } from 'kysely';
import { ORDER_STATUSES } from '@/domain';

/**
 * Orders and what keeps them right: a merchant's rows lead every key and index with merchant_id (so
 * a distributed engine can shard by it), a deleted order must have been unpaid, versions start at 1,
 * and an idempotency key is unique per order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create extension if not exists btree_gin`.execute(db);

  await db.schema
    .createTable('merchants')
    .addColumn('id', sql`text collate "C"`, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('seed_orders', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_orders', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  const statuses = sql.join(ORDER_STATUSES.map((status) => sql.lit(status)));
  await db.schema
    .createTable('orders')
    .addColumn('merchant_id', sql`text collate "C"`, (c) => c.notNull().references('merchants.id'))
    .addColumn('id', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in (${statuses})`))
    .addColumn('status_rank', 'smallint', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('paid_at', 'timestamptz')
    .addColumn('total_cents', 'integer', (c) => c.notNull().check(sql`total_cents >= 0`))
    .addColumn('customer_key', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('deleted_at', 'timestamptz')
    .addPrimaryKeyConstraint('orders_pkey', ['merchant_id', 'id'])
    .addUniqueConstraint('orders_code_key', ['merchant_id', 'code'])
    .addCheckConstraint('orders_deleted_unpaid', sql`deleted_at is null or status = 'unpaid'`)
    .execute();

  // Each list the dashboard asks for (a tab, a sort, newest first) reads one of these in order.
  const current = sql<boolean>`deleted_at is null`;
  const indexes: [string, string[]][] = [
    ['orders_by_created', ['merchant_id', 'created_at', 'id']],
    ['orders_by_status_created', ['merchant_id', 'status', 'created_at', 'id']],
    ['orders_by_total', ['merchant_id', 'total_cents', 'id']],
    ['orders_by_status_total', ['merchant_id', 'status', 'total_cents', 'id']],
    ['orders_by_customer', ['merchant_id', 'customer_key', 'id']],
    ['orders_by_status_customer', ['merchant_id', 'status', 'customer_key', 'id']],
    ['orders_by_status_rank', ['merchant_id', 'status_rank', 'id']],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).on('orders').columns(columns).where(current).execute();
  }
  await sql`create index orders_search on orders using gin (merchant_id, search_text gin_trgm_ops) where deleted_at is null`.execute(
    db,
  );

  await db.schema
    .createTable('refund_answers')
    .addColumn('merchant_id', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('order_id', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('refund_answers_pkey', ['merchant_id', 'order_id', 'key'])
    .addForeignKeyConstraint('refund_answers_order_fkey', ['merchant_id', 'order_id'], 'orders', ['merchant_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('refund_answers').execute();
  await db.schema.dropTable('orders').execute();
  await db.schema.dropTable('merchants').execute();
}
