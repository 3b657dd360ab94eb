import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bulkDeleteResponseSchema,
  orderListResponseSchema,
  orderResponseSchema,
  refundRequestResponseSchema,
  restoreResponseSchema,
  type StatusCounts,
} from '@/api/contract';
import type { Order, OrderStatus } from '@/domain';
import {
  freshPostgres,
  postgresReachable,
  sessionFetch,
  signInCookie,
  startServer,
  type RunningServer,
} from './server-process';

/** How long both servers are driven at once; bounded, on loopback only. */
const LOAD_SECONDS = Number(process.env.TWO_SERVER_LOAD_SECONDS ?? 60);
const WORKERS_PER_SERVER = 4;

const reachable = await postgresReachable();
if (!reachable) console.log('two-server tests: no PostgreSQL at DATABASE_URL, so not run');

type Api = ReturnType<typeof sessionFetch>;

if (reachable) {
  describe('two servers on one PostgreSQL', () => {
    let a: RunningServer;
    let b: RunningServer;
    let viaA: Api;
    let viaB: Api;
    let db: pg.Client;

    beforeAll(async () => {
      const database = await freshPostgres(process.env.DATABASE_URL ?? '', 'orderdesk_two_servers');
      if (database.kind !== 'postgres') throw new Error('expected PostgreSQL');
      // Started together on an empty database: one of them makes the demo store, once.
      [a, b] = await Promise.all([startServer(database), startServer(database)]);
      const cookie = await signInCookie(a.baseUrl);
      viaA = sessionFetch(a.baseUrl, cookie);
      viaB = sessionFetch(b.baseUrl, cookie);
      db = new pg.Client({ connectionString: database.url });
      await db.connect();
    });
    afterAll(async () => {
      await db?.end();
      await Promise.all([a?.stop(), b?.stop()]);
    });

    async function orders(status: OrderStatus, count: number): Promise<Order[]> {
      const response = await viaA(`/api/orders?status=${status}&pageSize=${count}&sort=createdAt`);
      return orderListResponseSchema.parse(await response.json()).items;
    }

    async function countsInDatabase(): Promise<Record<string, number>> {
      const { rows } = await db.query<{ status: string; count: number }>(
        `select status, count(*)::int as count from orders where deleted_at is null group by status`,
      );
      return Object.fromEntries(rows.map((row) => [row.status, row.count]));
    }

    async function countsAnswered(api: Api): Promise<StatusCounts> {
      return orderListResponseSchema.parse(await (await api('/api/orders?pageSize=1')).json()).counts;
    }

    async function expectCountsExact() {
      const actual = await countsInDatabase();
      for (const api of [viaA, viaB]) {
        const { all, ...byStatus } = await countsAnswered(api);
        for (const [status, count] of Object.entries(byStatus)) expect(count, status).toBe(actual[status] ?? 0);
        expect(all).toBe(Object.values(actual).reduce((sum, n) => sum + n, 0));
      }
    }

    it('share one demo store and one session', async () => {
      expect((await db.query('select count(*)::int as n from merchants')).rows[0].n).toBe(1);
      expect((await countsAnswered(viaB)).all).toBe(500);
    });

    it('give one 200 and one 409 when the same version of an order is edited through both', async () => {
      const [order] = await orders('unfulfilled', 1);
      const edit = (api: Api, line2: string) =>
        api(`/api/orders/${order!.id}`, {
          method: 'PATCH',
          body: JSON.stringify({ version: order!.version, shippingAddress: { ...order!.shippingAddress, line2 } }),
        });
      const answers = await Promise.all([edit(viaA, 'Through A'), edit(viaB, 'Through B')]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const { rows } = await db.query('select version from orders where id = $1', [order!.id]);
      expect(rows[0].version).toBe(order!.version + 1);
    });

    it('make one refund request when one key is sent to both', async () => {
      const [order] = (await orders('in_production', 50)).filter((o) => o.refundRequests.length === 0);
      const send = (api: Api) =>
        api(`/api/orders/${order!.id}/refund-requests`, {
          method: 'POST',
          headers: { 'Idempotency-Key': `two-servers-${order!.id}` },
          body: JSON.stringify({ reason: 'damaged' }),
        });
      const answers = await Promise.all([send(viaA), send(viaB), send(viaA), send(viaB)]);
      const bodies = await Promise.all(
        answers.map(async (answer) => refundRequestResponseSchema.parse(await answer.json())),
      );
      expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
      expect(new Set(bodies.map((body) => body.request.id)).size).toBe(1);
      const stored = orderResponseSchema.parse(await (await viaB(`/api/orders/${order!.id}`)).json());
      expect(stored.refundRequests.filter((request) => request.status === 'pending')).toHaveLength(1);
    });

    it('delete and restore overlapping orders through both exactly once each, the counts exact', async () => {
      const unpaid = (await orders('unpaid', 60)).map((order) => order.id);
      const first = unpaid.slice(0, 40);
      const second = unpaid.slice(20, 60);
      const post = (api: Api, path: string, ids: string[]) =>
        api(path, { method: 'POST', body: JSON.stringify({ ids }) }).then((answer) => answer.json());
      const [deletedA, deletedB] = (
        await Promise.all([post(viaA, '/api/orders/bulk-delete', first), post(viaB, '/api/orders/bulk-delete', second)])
      ).map((body) => bulkDeleteResponseSchema.parse(body));
      expect([...deletedA!.deleted, ...deletedB!.deleted].sort()).toEqual([...unpaid].sort());
      await expectCountsExact();
      const [restoredA, restoredB] = (
        await Promise.all([post(viaA, '/api/orders/restore', second), post(viaB, '/api/orders/restore', first)])
      ).map((body) => restoreResponseSchema.parse(body));
      expect([...restoredA!.restored, ...restoredB!.restored].sort()).toEqual([...unpaid].sort());
      const { rows } = await db.query(
        `select action, count(*)::int as n from order_activity where order_id = any($1) group by action order by action`,
        [unpaid],
      );
      expect(rows).toEqual([
        { action: 'deleted', n: 60 },
        { action: 'restored', n: 60 },
      ]);
      await expectCountsExact();
    });

    it(`take ${LOAD_SECONDS} s of writes and reads through both with no error and no write lost or made twice`, async () => {
      // Orders the tests above left alone: all but the first edited one, none with a pending refund.
      const editable = (await orders('unfulfilled', 250)).slice(1);
      const refundable = (await orders('in_production', 250)).filter((o) => o.refundRequests.length === 0);
      const deletable = (await orders('unpaid', 250)).slice(60);
      expect(editable.length).toBeGreaterThanOrEqual(WORKERS_PER_SERVER * 2);
      expect(deletable.length).toBeGreaterThanOrEqual(WORKERS_PER_SERVER * 2);
      let deletesAndRestores = 0;
      const workers = WORKERS_PER_SERVER * 2;
      const errors: string[] = [];
      const editsMade = new Map<string, { version: number; line2: string; edits: number }>();
      const refundsMade = new Set<string>();
      let reads = 0;
      const until = Date.now() + LOAD_SECONDS * 1000;

      async function worker(index: number) {
        const api = index % 2 === 0 ? viaA : viaB;
        // Each worker edits its own orders, so every edit should succeed; refunds take an order once.
        const mine = editable.filter((_, i) => i % workers === index);
        const myRefunds = refundable.filter((_, i) => i % workers === index);
        const myUnpaid = deletable.filter((_, i) => i % workers === index);
        let step = 0;
        while (Date.now() < until) {
          step += 1;
          const kind = step % 4;
          if (step % 10 === 5) {
            // A delete and its undo, while others edit and read: the counts must follow both.
            const ids = [myUnpaid[step % myUnpaid.length]!.id];
            const deleted = bulkDeleteResponseSchema.parse(
              await (await api('/api/orders/bulk-delete', { method: 'POST', body: JSON.stringify({ ids }) })).json(),
            );
            const restored = restoreResponseSchema.parse(
              await (await api('/api/orders/restore', { method: 'POST', body: JSON.stringify({ ids }) })).json(),
            );
            if (deleted.deleted.length === 1 && restored.restored.length === 1) deletesAndRestores += 1;
            else errors.push(`delete and restore ${ids[0]}: ${JSON.stringify({ deleted, restored })}`);
          } else if (kind === 0 && myRefunds.length > 0) {
            const order = myRefunds.pop()!;
            const answer = await api(`/api/orders/${order.id}/refund-requests`, {
              method: 'POST',
              headers: { 'Idempotency-Key': `load-${order.id}` },
              body: JSON.stringify({ reason: 'not_received' }),
            });
            if (answer.status === 201) refundsMade.add(order.id);
            else errors.push(`refund ${order.id}: ${answer.status} ${await answer.text()}`);
          } else if (kind === 1 || kind === 3) {
            const order = mine[step % mine.length]!;
            const made = editsMade.get(order.id) ?? { version: order.version, line2: '', edits: 0 };
            const line2 = `Load ${index}-${step}`;
            const answer = await api(`/api/orders/${order.id}`, {
              method: 'PATCH',
              body: JSON.stringify({ version: made.version, shippingAddress: { ...order.shippingAddress, line2 } }),
            });
            if (answer.status === 200)
              editsMade.set(order.id, { version: made.version + 1, line2, edits: made.edits + 1 });
            else errors.push(`edit ${order.id}: ${answer.status} ${await answer.text()}`);
          } else {
            const answer = await api(`/api/orders?page=${(step % 20) + 1}&sort=-totalCents`);
            if (answer.status === 200) reads += 1;
            else errors.push(`read: ${answer.status}`);
            await answer.arrayBuffer();
          }
        }
      }
      await Promise.all(Array.from({ length: workers }, (_, index) => worker(index)));

      expect(errors).toEqual([]);
      const edited = [...editsMade.keys()];
      const { rows } = await db.query<{ id: string; version: number; line2: string; edits: number }>(
        `select o.id, o.version, o.document->'shippingAddress'->>'line2' as line2,
           (select count(*)::int from order_activity a where a.merchant_id = o.merchant_id and a.order_id = o.id and a.action = 'edited') as edits
         from orders o where o.id = any($1)`,
        [edited],
      );
      for (const row of rows) {
        const made = editsMade.get(row.id)!;
        expect({ version: row.version, line2: row.line2, edits: row.edits }).toEqual(made);
      }
      const refunds = await db.query<{ id: string; pending: number; logged: number }>(
        `select o.id,
           (select count(*)::int from jsonb_array_elements(o.document->'refundRequests') r where r->>'status' = 'pending') as pending,
           (select count(*)::int from order_activity a where a.merchant_id = o.merchant_id and a.order_id = o.id and a.action = 'refund_requested') as logged
         from orders o where o.id = any($1)`,
        [[...refundsMade]],
      );
      expect(refunds.rows.every((row) => row.pending === 1 && row.logged === 1)).toBe(true);
      await expectCountsExact();
      const writes =
        [...editsMade.values()].reduce((sum, made) => sum + made.edits, 0) + refundsMade.size + 2 * deletesAndRestores;
      console.log(`two servers, ${LOAD_SECONDS} s: ${writes} writes and ${reads} reads, 0 errors, 0 lost or doubled`);
      expect(writes).toBeGreaterThan(LOAD_SECONDS);
    });
  });
}
