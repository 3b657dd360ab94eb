import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersService } from '@/backend/orders-service';
import { openDatabase, type OpenDatabase } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { reseedOrders } from '../../server/db/seed-orders';
import { SqlOrderStore } from '../../server/db/sql-order-store';
import { validDraft } from '../support/drafts';
import { pausingAfter } from './pausing-store';
import { freshPostgres, postgresReachable } from './server-process';

const reachable = await postgresReachable();
if (!reachable) console.log('reseed locks: no PostgreSQL at DATABASE_URL, so not run');

const STORE = 'mer_reseeded';
const OTHER = 'mer_other';
const ANCHOR = Date.UTC(2026, 0, 15, 12);
const context = { actor: { id: 'usr_test', name: 'Test' }, requestId: 'reseed-locks' };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reseeding one store of several (`npm run seed`, `npm run merchant`) while a merchant of that
 * store makes an order: the order's write takes its store's row first (for its code), then the
 * counts; the reseed must not take the counts first and then wait for that row.
 */
if (reachable) {
  describe('a reseed racing a new order in the same store on PostgreSQL', () => {
    let database: OpenDatabase;
    let store: SqlOrderStore;

    beforeAll(async () => {
      const fresh = await freshPostgres(process.env.DATABASE_URL ?? '', 'orderdesk_reseed_locks');
      if (fresh.kind !== 'postgres') throw new Error('expected PostgreSQL');
      database = await openDatabase(fresh);
      await migrateToLatest(database.db);
      await database.db
        .insertInto('merchants')
        .values([
          { id: STORE, name: 'Reseeded Store' },
          { id: OTHER, name: 'Other Store' },
        ])
        .execute();
      await reseedOrders(database.db, OTHER, 20, ANCHOR);
      await reseedOrders(database.db, STORE, 50, ANCHOR);
      store = new SqlOrderStore(database.db, STORE);
    });
    afterAll(async () => database?.close());

    it('both finish: the order is made, then the reseed replaces the store’s orders', async () => {
      let release!: () => void;
      const go = new Promise<void>((resolve) => (release = resolve));
      let hasCode!: () => void;
      const codeTaken = new Promise<void>((resolve) => (hasCode = resolve));
      const creating = new OrdersService(pausingAfter(store, 'nextCreated', go, hasCode), context).create(validDraft());
      await Promise.race([codeTaken, creating]);
      const reseeding = reseedOrders(database.db, STORE, 30, ANCHOR + 1);
      await pause(300); // the reseed has gone as far as it can while the new order holds its store's row
      release();
      const [created, reseeded] = await Promise.allSettled([creating, reseeding]);
      expect(created.status === 'rejected' ? String(created.reason) : created.value.status).toBe(201);
      expect(reseeded.status === 'rejected' ? String(reseeded.reason) : 'reseeded').toBe('reseeded');
      const counts = await database.db
        .selectFrom('orders')
        .select(['merchant_id', (eb) => eb.fn.countAll<number>().as('count')])
        .where('deleted_at', 'is', null)
        .groupBy('merchant_id')
        .orderBy('merchant_id')
        .execute();
      expect(counts.map((row) => [row.merchant_id, Number(row.count)])).toEqual([
        [OTHER, 20],
        [STORE, 30],
      ]);
    });
  });
}
