import { sql, type Kysely, type Transaction } from 'kysely';
import { seededOrderAt } from '@/backend/seed/seed';
import type { Database } from './schema';
import { orderColumns } from './sql-order-store';

/** Rows per statement, sent as one JSON parameter that PostgreSQL unpacks itself. */
const BATCH = 5_000;
/** From this many orders, indexes are built once after loading instead of row by row. */
const REBUILD_INDEXES_FROM = 100_000;

/**
 * Fills a merchant's store with `count` orders from the demo's generator (the same orders the demo
 * shows for the same count and anchor). The next batch is generated while the database stores the
 * last one. A large seed into a database that holds no other store's orders drops the orders'
 * secondary indexes and builds them again at the end, much faster than row by row.
 */
export async function seedOrders(
  trx: Transaction<Database>,
  merchantId: string,
  count: number,
  anchorMs: number,
  onProgress?: (done: number) => void,
): Promise<void> {
  await sql`set local synchronous_commit = off`.execute(trx);
  const alone = !(await trx
    .selectFrom('orders')
    .select('id')
    .where('merchant_id', '<>', merchantId)
    .limit(1)
    .executeTakeFirst());
  const rebuild = count >= REBUILD_INDEXES_FROM && alone ? await dropSecondaryIndexes(trx) : [];
  await trx.updateTable('merchants').set({ seed_orders: count }).where('id', '=', merchantId).execute();
  let storing: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < count; start += BATCH) {
    const end = Math.min(count, start + BATCH);
    const rows = [];
    for (let index = start; index < end; index += 1)
      rows.push(orderColumns(merchantId, seededOrderAt(index, count, anchorMs)));
    await storing;
    onProgress?.(start);
    storing =
      sql`insert into orders select * from json_populate_recordset(null::orders, ${JSON.stringify(rows)}::json)`.execute(
        trx,
      );
  }
  await storing;
  onProgress?.(count);
  if (rebuild.length > 0) {
    await sql`set local maintenance_work_mem = '256MB'`.execute(trx);
    // The database's own CREATE INDEX statements, read from pg_indexes: nothing from a request.
    for (const definition of rebuild) await sql.raw(definition).execute(trx);
  }
}

/** Drops the orders table's indexes other than its keys; answers the statements that make them again. */
async function dropSecondaryIndexes(trx: Transaction<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string; definition: string }>`
    select indexname as name, indexdef as definition from pg_indexes
    where schemaname = current_schema() and tablename = 'orders'
      and indexname not in (select conname from pg_constraint where conrelid = 'orders'::regclass)`.execute(trx);
  for (const { name } of rows) await sql`drop index ${sql.id(name)}`.execute(trx);
  return rows.map((row) => row.definition);
}

/** Replaces a store's orders with `count` seeded ones; a created order's number starts again after them. */
export async function reseedOrders(
  db: Kysely<Database>,
  merchantId: string,
  count: number,
  anchorMs: number,
  onProgress?: (done: number) => void,
): Promise<void> {
  const exists = await db.selectFrom('merchants').select('id').where('id', '=', merchantId).executeTakeFirst();
  if (!exists) throw new Error(`There is no store ${merchantId}`);
  // One transaction: the store shows its old orders until the new ones are all in, and keeps them if seeding fails.
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('refund_answers').where('merchant_id', '=', merchantId).execute();
    await trx.deleteFrom('orders').where('merchant_id', '=', merchantId).execute();
    await trx.updateTable('merchants').set({ created_orders: 0 }).where('id', '=', merchantId).execute();
    await seedOrders(trx, merchantId, count, anchorMs, onProgress);
  });
}
