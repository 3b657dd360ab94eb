import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DEMO_MERCHANT, DEMO_PASSWORD, DEMO_USER } from '@/backend/demo-store';
import { normalizeEmail } from '@/domain';
import { hashPassword, verifyPassword } from '../auth/secrets';
import type { Database } from './schema';
import { seedOrders } from './seed-orders';

export { DEMO_MERCHANT, DEMO_PASSWORD, DEMO_USER };

export interface NewStore {
  merchant: { id?: string; name: string };
  owner: { id?: string; name: string; email: string; password: string };
  /** Seeded orders, from the demo's generator. */
  orders: number;
}

const newId = (prefix: string) => `${prefix}_${randomBytes(9).toString('base64url')}`;

export class EmailTakenError extends Error {
  constructor(email: string) {
    super(`There is already an account for ${email}.`);
  }
}

/**
 * A store, its owner and its seeded orders, in one transaction: all of it or nothing. Answers
 * false when a store with that id already exists (then nothing is added).
 */
export async function createStore(db: Kysely<Database>, store: NewStore): Promise<{ merchantId: string } | null> {
  const passwordHash = await hashPassword(store.owner.password);
  const email = normalizeEmail(store.owner.email);
  return db.transaction().execute(async (trx) => {
    const merchantId = store.merchant.id ?? newId('mer');
    const inserted = await trx
      .insertInto('merchants')
      .values({ id: merchantId, name: store.merchant.name })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return null;
    const taken = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) throw new EmailTakenError(email);
    await trx
      .insertInto('users')
      .values({
        merchant_id: merchantId,
        id: store.owner.id ?? newId('usr'),
        email,
        name: store.owner.name,
        password_hash: passwordHash,
      })
      .execute();
    if (store.orders > 0) await seedOrders(trx, merchantId, store.orders, Date.now());
    return { merchantId };
  });
}

/**
 * The demo store, its user and orders, each made only if missing: a second server starting on the
 * same empty database adds nothing, and a store made before sign-in existed gets its user.
 */
export async function createDemoStore(db: Kysely<Database>, orders: number): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('merchants')
      .values(DEMO_MERCHANT)
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted && orders > 0) await seedOrders(trx, DEMO_MERCHANT.id, orders, Date.now());
    await trx
      .insertInto('users')
      .values({ merchant_id: DEMO_MERCHANT.id, ...DEMO_USER, password_hash: passwordHash })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  });
}

export async function findFirstMerchant(db: Kysely<Database>) {
  return db.selectFrom('merchants').select(['id', 'name']).orderBy('created_at').orderBy('id').executeTakeFirst();
}

/** Sets a user's password and ends every session they had, on every server. */
export async function setPassword(db: Kysely<Database>, email: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('email', '=', normalizeEmail(email))
      .returning(['merchant_id', 'id'])
      .executeTakeFirst();
    if (!user) return false;
    await trx
      .deleteFrom('sessions')
      .where('merchant_id', '=', user.merchant_id)
      .where('user_id', '=', user.id)
      .execute();
    return true;
  });
}

/** Whether the demo user still signs in with the published password (so the start can say how). */
export async function demoSignIn(db: Kysely<Database>): Promise<boolean> {
  const user = await db
    .selectFrom('users')
    .select('password_hash')
    .where('merchant_id', '=', DEMO_MERCHANT.id)
    .where('id', '=', DEMO_USER.id)
    .executeTakeFirst();
  return user ? verifyPassword(DEMO_PASSWORD, user.password_hash) : false;
}
