import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersService } from '@/backend/orders-service';
import type { OpenDatabase } from '../../server/db/database';
import { reseedOrders } from '../../server/db/seed-orders';
import { SqlOrderStore } from '../../server/db/sql-order-store';
import { validDraft } from '../support/drafts';
import { pauseAfter } from './pausing-store';
import { postgresReachable } from './server-process';
import { migratedPostgres } from './test-databases';

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
      ({ database } = await migratedPostgres('orderdesk_reseed_locks'));
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
      const paused = pauseAfter(store, 'nextCreated');
      const creating = new OrdersService(paused.store, context).create(validDraft());
      await Promise.race([paused.reached, creating]); // the new order holds its store's row
      const reseeding = reseedOrders(database.db, STORE, 30, ANCHOR + 1);
      await pause(300); // the reseed has gone as far as it can while the new order holds its store's row
      paused.release();
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
