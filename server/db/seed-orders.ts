import type { Kysely } from 'kysely';
import { seededOrderAt } from '@/backend/seed/seed';
import type { Database } from './schema';
import { orderRow } from './sql-order-store';

/** Rows per INSERT: big enough to be quick, small enough for PostgreSQL's 65,535 parameters. */
const BATCH = 2_000;

/**
 * Fills a merchant's store with `count` orders from the demo's generator (the same orders the demo
 * shows for the same count and anchor), many rows per statement.
 */
export async function reseedOrders(
  db: Kysely<Database>,
  merchantId: string,
  count: number,
  anchorMs: number,
  onProgress?: (done: number) => void,
): Promise<void> {
  const exists = await db.selectFrom('merchants').select('id').where('id', '=', merchantId).executeTakeFirst();
  if (!exists) throw new Error(`There is no store ${merchantId}`);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('refund_answers').where('merchant_id', '=', merchantId).execute();
    await trx.deleteFrom('orders').where('merchant_id', '=', merchantId).execute();
    await trx.updateTable('merchants').set({ created_orders: 0 }).where('id', '=', merchantId).execute();
  });
  await seedOrders(db, merchantId, count, anchorMs, onProgress);
}

export async function seedOrders(
  db: Kysely<Database>,
  merchantId: string,
  count: number,
  anchorMs: number,
  onProgress?: (done: number) => void,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('merchants').set({ seed_orders: count }).where('id', '=', merchantId).execute();
    for (let start = 0; start < count; start += BATCH) {
      const end = Math.min(count, start + BATCH);
      const rows = [];
      for (let index = start; index < end; index += 1) rows.push(orderRow(merchantId, seededOrderAt(index, count, anchorMs)));
      await trx.insertInto('orders').values(rows).execute();
      onProgress?.(end);
    }
  });
}
