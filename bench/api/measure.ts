import { sql, type Kysely } from 'kysely';
import { orderListParamsSchema, orderIdsParamsSchema } from '@/api/contract';
import type { Order, OrderStatus } from '@/domain';
import { OrdersService } from '@/backend/orders-service';
import { openDatabase } from '../../server/db/database';
import { createDemoStore, DEMO_MERCHANT, DEMO_USER } from '../../server/db/merchants';
import { migrateToLatest } from '../../server/db/migrate';
import type { Database } from '../../server/db/schema';
import { reseedOrders } from '../../server/db/seed-orders';
import { SqlOrderStore } from '../../server/db/sql-order-store';
import { freshPglite, freshPostgres, signInCookie, startServer } from '../../tests/server/server-process';
import { drivenMs, explainedMs, queryRecorder } from './database-time';
import { drive, timeOnce, type LoadFigures } from './load';
import { editRequests, readRequest, readScenarios, refundRequests, type StoreSample } from './scenarios';

export interface Figure extends LoadFigures {
  name: string;
  label: string;
  connections: number;
  /** The database's own time for one such request (EXPLAIN ANALYZE for reads, driver-timed statements for writes). */
  dbMs: number;
  /**
   * The server's first answer to this request, before the load: for a search, the one time it
   * counts the matches (it keeps the counts until the store changes; the load reuses them).
   */
  firstMs?: number;
}

export interface StoreFigures {
  database: 'postgres' | 'pglite';
  size: number;
  seedSeconds: number;
  figures: Figure[];
}

const CONNECTIONS = [1, 16] as const;
const BULK_SIZE = 10_000;
const WRITE_POOL = 3_000;

async function documents(db: Kysely<Database>, status: OrderStatus, limit: number, offset = 0): Promise<Order[]> {
  const rows = await db
    .selectFrom('orders')
    .select('document')
    .where('merchant_id', '=', DEMO_MERCHANT.id)
    .where('status', '=', status)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((row) => row.document);
}

async function sampleOf(db: Kysely<Database>, size: number): Promise<StoreSample> {
  const [middle] = await documents(db, 'shipped', 1, Math.floor(size * 0.15));
  if (!middle) throw new Error('The seeded store has no shipped order to search for');
  const counts = await db
    .selectFrom('orders')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('merchant_id', '=', DEMO_MERCHANT.id)
    .where('deleted_at', 'is', null)
    .groupBy('status')
    .execute();
  const largest = [...counts].sort((a, b) => Number(b.count) - Number(a.count))[0]!;
  return {
    customerName: middle.customer.name.split(' ').at(-1) ?? middle.customer.name,
    code: middle.code,
    emailFragment: middle.customer.email.split('@')[0]!.slice(0, 5),
    largestTab: largest.status === 'shipped' ? 'unfulfilled' : largest.status,
  };
}

/** Seeds one store, times its queries in the database, then drives the server over HTTP. */
export async function measureStore({
  database,
  size,
  seconds,
}: {
  database: 'postgres' | 'pglite';
  size: number;
  seconds: number;
}): Promise<StoreFigures> {
  const target =
    database === 'postgres' ? await freshPostgres(process.env.DATABASE_URL ?? '', 'orderdesk_bench') : freshPglite();
  const recorder = queryRecorder();
  const open = await openDatabase(target, { log: recorder.log });
  const { db } = open;
  await migrateToLatest(db);
  await createDemoStore(db, 0);
  const seedStarted = performance.now();
  await reseedOrders(db, DEMO_MERCHANT.id, size, Date.now());
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  console.log(`  seeded in ${seedSeconds.toFixed(1)} s`);
  await sql`vacuum analyze`.execute(db);

  const sample = await sampleOf(db, size);
  const scenarios = readScenarios(sample);
  const store = new SqlOrderStore(db, DEMO_MERCHANT.id);
  const dbMs = new Map<string, number>();
  for (const scenario of scenarios) {
    const run = () =>
      scenario.kind === 'ids'
        ? store.matching(orderIdsParamsSchema.parse(scenario.params))
        : store.list(orderListParamsSchema.parse(scenario.params));
    await run();
    dbMs.set(scenario.name, await explainedMs(db, await recorder.during(run)));
  }

  const service = new OrdersService(store, { actor: { id: DEMO_USER.id, name: DEMO_USER.name }, requestId: 'bench' });
  const editable = await documents(db, 'unfulfilled', WRITE_POOL * 2 + 1);
  const refundable = (await documents(db, 'in_production', WRITE_POOL * 4)).filter(
    (order) => !order.refundRequests.some((request) => request.status === 'pending'),
  );
  const [editProbe, ...editPool] = editable;
  const [refundProbe, ...refundPool] = refundable;
  const editQueries = await recorder.during(() =>
    service.patch(editProbe!.id, {
      version: editProbe!.version,
      shippingAddress: { ...editProbe!.shippingAddress, line2: 'Suite 0' },
    }),
  );
  dbMs.set('edit', drivenMs(editQueries));
  const refundQueries = await recorder.during(() =>
    service.requestRefund(refundProbe!.id, { reason: 'damaged' }, `bench-probe-${refundProbe!.id}`),
  );
  dbMs.set('refund', drivenMs(refundQueries));
  const unpaid = await db
    .selectFrom('orders')
    .select('id')
    .where('merchant_id', '=', DEMO_MERCHANT.id)
    .where('status', '=', 'unpaid')
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  const chunks: string[][] = [];
  for (let start = 0; start + BULK_SIZE <= unpaid.length && chunks.length < 4; start += BULK_SIZE) {
    chunks.push(unpaid.slice(start, start + BULK_SIZE).map((row) => row.id));
  }
  const [bulkProbe, ...bulkChunks] = chunks;
  if (bulkProbe) {
    dbMs.set('bulk-delete', drivenMs(await recorder.during(() => service.bulkDelete(bulkProbe))));
    await service.restore(bulkProbe);
  }
  // As autovacuum would soon after: the probes above left pages whose index entries need the heap again.
  await sql`vacuum analyze orders`.execute(db);
  await open.close();

  const server = await startServer(target);
  const figures: Figure[] = [];
  try {
    const cookie = await signInCookie(server.baseUrl);
    const firstMs = new Map<string, number>();
    for (const scenario of scenarios) {
      firstMs.set(scenario.name, (await timeOnce(server.baseUrl, cookie, readRequest(scenario))).ms);
    }
    for (const connections of CONNECTIONS) {
      for (const scenario of scenarios) {
        const load = await drive(server.baseUrl, cookie, { connections, seconds, next: () => readRequest(scenario) });
        figures.push({
          name: scenario.name,
          label: scenario.label,
          connections,
          dbMs: dbMs.get(scenario.name)!,
          firstMs: firstMs.get(scenario.name),
          ...load,
        });
        console.log(`  ${scenario.name} ×${connections}: p50 ${load.p50} ms, ${Math.round(load.rps)} req/s`);
      }
    }
    for (const [index, connections] of CONNECTIONS.entries()) {
      const edits = editPool.slice(index * WRITE_POOL, (index + 1) * WRITE_POOL);
      const edit = await drive(server.baseUrl, cookie, {
        connections,
        seconds,
        amount: edits.length,
        next: editRequests(edits),
      });
      figures.push({
        name: 'edit',
        label: 'an edit (shipping address)',
        connections,
        dbMs: dbMs.get('edit')!,
        ...edit,
      });
      const half = Math.floor(refundPool.length / 2);
      const refunds = refundPool.slice(index * half, (index + 1) * half);
      const refund = await drive(server.baseUrl, cookie, {
        connections,
        seconds,
        amount: refunds.length,
        next: refundRequests(refunds),
        expectStatus: 201,
      });
      figures.push({ name: 'refund', label: 'a refund request', connections, dbMs: dbMs.get('refund')!, ...refund });
      console.log(`  writes ×${connections}: edit p99 ${edit.p99} ms, refund p99 ${refund.p99} ms`);
    }
    const bulkTimes: number[] = [];
    for (const ids of bulkChunks) {
      const { ms } = await timeOnce(server.baseUrl, cookie, {
        method: 'POST',
        path: '/api/orders/bulk-delete',
        body: JSON.stringify({ ids }),
      });
      bulkTimes.push(ms);
    }
    if (bulkTimes.length > 0) {
      const sorted = [...bulkTimes].sort((a, b) => a - b);
      figures.push({
        name: 'bulk-delete',
        label: `a bulk delete of ${BULK_SIZE.toLocaleString('en-US')} unpaid orders`,
        connections: 1,
        dbMs: dbMs.get('bulk-delete') ?? 0,
        p50: sorted[Math.floor(sorted.length / 2)]!,
        p99: sorted.at(-1)!,
        max: sorted.at(-1)!,
        rps: 1000 / (sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length),
        requests: sorted.length,
        errors: 0,
      });
      console.log(`  bulk delete of ${BULK_SIZE}: ${sorted.map((ms) => Math.round(ms)).join(', ')} ms`);
    }
  } finally {
    await server.stop();
  }
  return { database, size, seedSeconds, figures };
}
