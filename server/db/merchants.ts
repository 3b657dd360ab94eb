import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { seedOrders } from './seed-orders';

export const DEMO_MERCHANT = { id: 'mer_demo', name: 'Orderdesk Demo Store' } as const;

export async function findFirstMerchant(db: Kysely<Database>) {
  return db.selectFrom('merchants').select(['id', 'name']).orderBy('created_at').orderBy('id').executeTakeFirst();
}

export async function createMerchant(
  db: Kysely<Database>,
  merchant: { id: string; name: string },
  orders: number,
  anchorMs = Date.now(),
): Promise<void> {
  await db.insertInto('merchants').values(merchant).execute();
  if (orders > 0) await seedOrders(db, merchant.id, orders, anchorMs);
}
