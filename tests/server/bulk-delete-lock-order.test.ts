import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../server/db/database';
import { createDemoStore } from '../../server/db/merchants';
import { SqlOrderStore } from '../../server/db/sql-order-store';
import { postgresReachable } from './server-process';
import { migratedPostgres } from './test-databases';

const reachable = await postgresReachable();
if (!reachable) console.log('bulk delete lock order: no PostgreSQL at DATABASE_URL, so not run');

const entry = {
  at: new Date().toISOString(),
  actor: { id: 'usr_test', name: 'Test' },
  action: 'deleted' as const,
  changes: [],
  detail: null,
  requestId: 'lock-order',
};

/**
 * Two bulk deletes of overlapping unpaid orders, one of a few ids (PostgreSQL reads them through
 * the primary key: id order) and one of many (a sequential scan: the table's own order), must
 * both finish: whatever scan the planner picks, the rows are locked in id order.
 */
if (reachable) {
  describe('overlapping bulk deletes on PostgreSQL', () => {
    let database: OpenDatabase;
    let client: pg.Client;

    beforeAll(async () => {
      const fresh = await migratedPostgres('orderdesk_bulk_delete_locks');
      database = fresh.database;
      await createDemoStore(database.db, 500);
      client = new pg.Client({ connectionString: fresh.url });
      await client.connect();
      // An edited order gets a new row version at the end of the table, out of id order.
      await client.query(`update orders set version = version + 1 where id in (
        select id from orders where merchant_id = 'mer_demo' and status = 'unpaid' order by id limit 3)`);
      await client.query('analyze orders');
    });
    afterAll(async () => {
      await client?.end();
      await database?.close();
    });

    it('two overlapping bulk deletes of different sizes both finish', async () => {
      const { rows } = await client.query<{ id: string }>(
        `select id from orders where merchant_id = 'mer_demo' and deleted_at is null and status = 'unpaid' order by ctid`,
      );
      const inTableOrder = rows.map((row) => row.id);
      // b stands before a in the table though a < b by id, and c stands between them.
      const bIndex = inTableOrder.findIndex((id, i) => inTableOrder.slice(i + 2).some((later) => later < id));
      expect(bIndex).toBeGreaterThanOrEqual(0);
      const b = inTableOrder[bIndex]!;
      const c = inTableOrder[bIndex + 1]!;
      const aIndex = inTableOrder.findIndex((id, i) => i > bIndex + 1 && id < b);
      const a = inTableOrder[aIndex]!;
      const many = inTableOrder.slice(0, Math.max(60, aIndex + 1));

      const store = new SqlOrderStore(database.db, 'mer_demo');
      const rollback = new Error('rollback');
      const deleteAndUndo = (ids: string[]) =>
        store
          .transaction(async (tx) => {
            await tx.markDeleted(ids, ['unpaid'], new Date(), entry);
            throw rollback;
          })
          .then(
            () => 'committed',
            (error: unknown) => (error === rollback ? 'done' : String(error)),
          );

      // Only to make the interleaving certain: another transaction holds c for a moment.
      await client.query('begin');
      await client.query('select 1 from orders where merchant_id = $1 and id = $2 for update', ['mer_demo', c]);
      const large = deleteAndUndo(many); // in the table's order: b, then waits for c
      await new Promise((resolve) => setTimeout(resolve, 300));
      const small = deleteAndUndo([a, b]); // in id order: a, then b
      await new Promise((resolve) => setTimeout(resolve, 300));
      await client.query('rollback');

      expect(await Promise.all([large, small])).toEqual(['done', 'done']);
    });
  });
}
