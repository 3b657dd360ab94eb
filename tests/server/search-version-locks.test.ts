import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersService } from '@/backend/orders-service';
import type { Order } from '@/domain';
import type { OpenDatabase } from '../../server/db/database';
import { createDemoStore } from '../../server/db/merchants';
import { SqlOrderStore } from '../../server/db/sql-order-store';
import { pauseAfter } from './pausing-store';
import { postgresReachable } from './server-process';
import { migratedPostgres } from './test-databases';

const reachable = await postgresReachable();
if (!reachable) console.log('search version locks: no PostgreSQL at DATABASE_URL, so not run');

const STORE = 'mer_demo';
const context = { actor: { id: 'usr_test', name: 'Test' }, requestId: 'search-version-locks' };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A bulk delete of an unpaid order and a paid one, while another merchant's tab edits the paid one's
 * city (or cancels it): the delete removes the unpaid order and skips the paid one, and the edit or
 * cancel goes through. Neither may fail because the two wrote to the same store at once.
 */
if (reachable) {
  describe('a bulk delete racing an edit of one of its orders on PostgreSQL', () => {
    let database: OpenDatabase;
    let store: SqlOrderStore;

    beforeAll(async () => {
      ({ database } = await migratedPostgres('orderdesk_search_version_locks'));
      await createDemoStore(database.db, 500);
      store = new SqlOrderStore(database.db, STORE);
    });
    afterAll(async () => database?.close());

    async function firstWith(status: Order['status'], skip = 0): Promise<Order> {
      const row = await database.db
        .selectFrom('orders')
        .select('document')
        .where('merchant_id', '=', STORE)
        .where('deleted_at', 'is', null)
        .where('status', '=', status)
        .orderBy('id')
        .offset(skip)
        .limit(1)
        .executeTakeFirstOrThrow();
      return row.document;
    }

    async function raceWithBulkDelete<T>(
      paid: Order,
      unpaid: Order,
      write: (paused: SqlOrderStore) => Promise<T>,
    ): Promise<[PromiseSettledResult<T>, PromiseSettledResult<unknown>]> {
      const paused = pauseAfter(store, 'getForUpdate');
      const writing = write(paused.store);
      await paused.reached; // the edit holds the paid order
      const deleting = new OrdersService(store, context).bulkDelete([unpaid.id, paid.id]);
      await pause(300); // the delete has removed the unpaid order and waits for the paid one
      paused.release();
      const [written, deleted] = await Promise.allSettled([writing, deleting]);
      return [written, deleted];
    }

    it('an edit of the city of a paid order and a bulk delete naming it both finish', async () => {
      const paid = await firstWith('unfulfilled');
      const unpaid = await firstWith('unpaid');
      const [edited, deleted] = await raceWithBulkDelete(paid, unpaid, (paused) =>
        new OrdersService(paused, context).patch(paid.id, {
          version: paid.version,
          shippingAddress: { ...paid.shippingAddress, city: `${paid.shippingAddress.city} North` },
        }),
      );
      expect(edited.status === 'rejected' ? String(edited.reason) : edited.value.status).toBe(200);
      expect(deleted.status === 'rejected' ? String(deleted.reason) : deleted.value).toEqual({
        deleted: [unpaid.id],
        skipped: [{ id: paid.id, code: 'not_deletable', message: expect.any(String) }],
      });
    });

    it('a free cancel of a paid order and a bulk delete naming it both finish', async () => {
      const paid = await firstWith('unfulfilled', 1);
      const unpaid = await firstWith('unpaid', 1);
      const inWindow = new Date(Date.parse(paid.paidAt!) + 60_000);
      const [cancelled, deleted] = await raceWithBulkDelete(paid, unpaid, (paused) =>
        new OrdersService(paused, context, () => inWindow).cancel(paid.id),
      );
      expect(cancelled.status === 'rejected' ? String(cancelled.reason) : cancelled.value.status).toBe(200);
      expect(deleted.status === 'rejected' ? String(deleted.reason) : deleted.value).toMatchObject({
        deleted: [unpaid.id],
      });
    });
  });
}
