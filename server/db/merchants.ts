import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { seedOrders } from './seed-orders';

export const DEMO_MERCHANT = { id: 'mer_demo', name: 'Orderdesk Demo Store' } as const;

export async function findFirstMerchant(db: Kysely<Database>) {
  return db.selectFrom('merchants').select(['id', 'name']).orderBy('created_at').orderBy('id').executeTakeFirst();
}

/** The demo store and its orders; a second server starting on the same empty database adds nothing. */
export async function createDemoStore(db: Kysely<Database>, orders: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('merchants')
      .values(DEMO_MERCHANT)
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted && orders > 0) await seedOrders(trx, DEMO_MERCHANT.id, orders, Date.now());
  });
}
