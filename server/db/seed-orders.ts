import { pipeline } from 'node:stream/promises';
import { sql, type Kysely, type Transaction } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { serverClientOf, serverPoolOf } from './database';
import { catalogStatements, runCatalogStatements, type CatalogStatement } from './catalog-statement';
import type { Database } from './schema';
import { dropLeftStaging, loadThroughStaging, planStaging } from './seed-staging';
import { generatorThreads, seedChunks } from './seed-chunks';
import { COPY_BINARY_HEADER, COPY_BINARY_TRAILER, fieldWriters, SEED_COLUMNS, type SeedJob } from './seed-rows';

/** Orders per COPY chunk (about 2 MB) and per JSON statement on the embedded database. */
const COPY_CHUNK = 2_000;
const JSON_CHUNK = 5_000;
/** Memory for building the keys and indexes after a bulk load; PostgreSQL takes it only as it needs it. */
const BULK_MAINTENANCE_MEMORY = '512MB';

/** When a seed takes its faster paths (tests lower these to run every path on a few orders). */
export interface SeedTuning {
  /** From this many orders into an empty table, keys and indexes are built once after loading instead of row by row. */
  bulkFrom: number;
  /** From this many orders, the rows are made on worker threads while the database stores earlier ones. */
  threadsFrom: number;
}
export const SEED_TUNING: SeedTuning = { bulkFrom: 100_000, threadsFrom: 50_000 };

/**
 * Fills a merchant's store with `count` orders from the demo's generator (the same orders the demo
 * shows for the same count and anchor), inside the caller's transaction. On a PostgreSQL server the
 * rows stream in with COPY; on the embedded database as JSON batches. A large seed makes its rows on
 * worker threads while the database stores earlier ones. A large seed into an empty orders table
 * loads the rows bare (no keys, indexes or foreign keys) and builds those once at the end, which is
 * many times faster than row by row; on a PostgreSQL server it loads them into a table beside the
 * orders table and swaps that in (seed-staging.ts), so the indexes are built on two cores at once.
 */
export async function seedOrders(
  trx: Transaction<Database>,
  merchantId: string,
  count: number,
  anchorMs: number,
  onProgress?: (done: number) => void,
  tuning: SeedTuning = SEED_TUNING,
): Promise<void> {
  await sql`set local synchronous_commit = off`.execute(trx);
  // A large seed on a server waits on other connections (loading, building indexes) with nothing to send.
  await sql`set local idle_in_transaction_session_timeout = 0`.execute(trx);
  const bulk = count >= tuning.bulkFrom && (await lockedWhile(trx, async () => !(await anyOrder(trx))));
  await trx.updateTable('merchants').set({ seed_orders: count }).where('id', '=', merchantId).execute();

  const job: SeedJob = { merchantId, count, anchorMs };
  const threads = count >= tuning.threadsFrom ? generatorThreads() : 0;
  const client = await serverClientOf(trx);
  // Fresh statistics, so the very first list after a large seed is planned on the index it needs.
  const analyze = async () => {
    if (count >= tuning.bulkFrom) await sql`analyze orders`.execute(trx);
  };

  const pool = client && bulk ? serverPoolOf(client) : undefined;
  const plan = pool ? await planStaging(trx) : undefined;
  if (pool && plan) {
    const types = await columnTypes(trx);
    await loadThroughStaging(trx, pool, plan, {
      maintenanceMemory: BULK_MAINTENANCE_MEMORY,
      load: async (staging, table) => {
        await copyOrders(staging, table, { job, threads }, types, true, onProgress);
        onProgress?.(count);
      },
      finish: async () => {
        // The staging table had no triggers: its orders are counted here as the insert trigger would have.
        await sql`
          insert into order_counts as c (merchant_id, status, count)
          select merchant_id, status, count(*) from orders where deleted_at is null
          group by merchant_id, status order by merchant_id, status
          on conflict (merchant_id, status) do update set count = c.count + excluded.count`.execute(trx);
        await analyze();
        await newSearchVersion(trx, merchantId);
      },
    });
    return;
  }

  const restore = bulk ? await bareOrdersTable(trx) : [];
  if (client) await copyOrders(client, 'orders', { job, threads }, await columnTypes(trx), bulk, onProgress);
  else await insertOrders(trx, { job, threads }, onProgress);
  onProgress?.(count);

  if (restore.length > 0) {
    await sql`set local maintenance_work_mem = ${sql.lit(BULK_MAINTENANCE_MEMORY)}`.execute(trx);
    await runCatalogStatements(trx, restore);
  }
  await analyze();
  await newSearchVersion(trx, merchantId);
}

/**
 * A staging table or a truncation fires no trigger: the store's searches are counted again from
 * here (migration 0004). Taken last, once the seed holds the orders table, so no writer waits on
 * this row while the seed waits on that writer.
 */
async function newSearchVersion(trx: Transaction<Database>, merchantId: string) {
  await trx
    .insertInto('order_search_versions')
    .values({ merchant_id: merchantId, version: sql<number>`nextval('order_search_version')` })
    .onConflict((conflict) =>
      conflict.column('merchant_id').doUpdateSet({ version: (eb) => eb.ref('excluded.version') }),
    )
    .execute();
}

/**
 * COPY FROM STDIN in the binary format (nothing to escape, nothing for the server to parse but
 * the documents) into `table` (schema-qualified, from the catalog) through the client's connection;
 * FREEZE when the table was made or emptied in its transaction.
 */
async function copyOrders(
  client: pg.ClientBase,
  table: string,
  { job, threads }: { job: SeedJob; threads: number },
  types: string[],
  freeze: boolean,
  onProgress?: (done: number) => void,
) {
  fieldWriters(types); // a column the seed can't write stops it here, before any row is made
  const columns = SEED_COLUMNS.map((column) => pg.escapeIdentifier(column)).join(', ');
  const copy = client.query(
    copyFrom(`copy ${table} (${columns}) from stdin with (format binary${freeze ? ', freeze' : ''})`),
  );
  await pipeline(async function* () {
    yield COPY_BINARY_HEADER;
    for await (const chunk of seedChunks(job, { kind: 'copy', types }, COPY_CHUNK, threads)) {
      onProgress?.(chunk.start);
      yield chunk.rows;
    }
    yield COPY_BINARY_TRAILER;
  }, copy);
}

/** The types of the columns a seed fills, as the database names them. */
async function columnTypes(trx: Transaction<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string; type: string }>`
    select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
    where attrelid = 'orders'::regclass and attnum > 0 and not attisdropped`.execute(trx);
  const types = new Map(rows.map((row) => [row.name, row.type]));
  return SEED_COLUMNS.map((column) => types.get(column) ?? 'missing');
}

/** JSON batches that the database unpacks itself, each stored while the next is made (on threads, for a large seed). */
async function insertOrders(
  trx: Transaction<Database>,
  { job, threads }: { job: SeedJob; threads: number },
  onProgress?: (done: number) => void,
) {
  let storing: Promise<unknown> = Promise.resolve();
  for await (const chunk of seedChunks(job, { kind: 'json' }, JSON_CHUNK, threads)) {
    await storing;
    onProgress?.(chunk.start);
    storing = sql`insert into orders select * from json_populate_recordset(null::orders, ${chunk.rows}::json)`.execute(
      trx,
    );
    // Awaited before the next batch or at the end; until then its failure must not count as unhandled.
    storing.catch(() => undefined);
  }
  await storing;
}

/**
 * Strips the (empty) orders table to its columns and checks for a bulk load: drops its keys, foreign
 * keys (its own and those pointing at it) and indexes, and empties it anew so COPY may FREEZE the
 * rows. Answers the statements that make everything again, keys first.
 */
async function bareOrdersTable(trx: Transaction<Database>): Promise<CatalogStatement[]> {
  const { rows: constraints } = await sql<{ schema: string; table: string; name: string }>`
    select n.nspname as schema, t.relname as table, c.conname as name
    from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
    where (c.conrelid = 'orders'::regclass and c.contype in ('p', 'u', 'x', 'f'))
       or (c.confrelid = 'orders'::regclass and c.contype = 'f')
    order by c.contype = 'f' desc`.execute(trx); // foreign keys first: a key can't go while one points at it
  const { rows: indexes } = await sql<{ name: string }>`
    select indexname as name from pg_indexes
    where schemaname = current_schema() and tablename = 'orders'
      and indexname not in (select conname from pg_constraint where conrelid = 'orders'::regclass)`.execute(trx);
  // Keys, then the other indexes, then foreign keys, as the catalog defines them now (read before they go).
  const restore = await catalogStatements(
    trx,
    sql<{ statement: string }>`
      select statement from (
        select case when c.contype = 'f' then 3 else 1 end as step, c.oid as made,
          format('alter table %I.%I add constraint %I %s', n.nspname, t.relname, c.conname, pg_get_constraintdef(c.oid))
            as statement
        from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
        where (c.conrelid = 'orders'::regclass and c.contype in ('p', 'u', 'x', 'f'))
           or (c.confrelid = 'orders'::regclass and c.contype = 'f')
        union all
        select 2, format('%I.%I', schemaname, indexname)::regclass::oid, indexdef from pg_indexes
        where schemaname = current_schema() and tablename = 'orders'
          and indexname not in (select conname from pg_constraint where conrelid = 'orders'::regclass)
      ) s order by step, made`, // in the order they were made, as before
  );

  for (const { schema, table, name } of constraints)
    await sql`alter table ${sql.id(schema, table)} drop constraint ${sql.id(name)}`.execute(trx);
  for (const { name } of indexes) await sql`drop index ${sql.id(name)}`.execute(trx);
  await sql`truncate orders`.execute(trx);
  return restore;
}

/** Replaces a store's orders with `count` seeded ones; a created order's number starts again after them. */
export async function reseedOrders(
  db: Kysely<Database>,
  merchantId: string,
  count: number,
  anchorMs: number,
  onProgress?: (done: number) => void,
  tuning: SeedTuning = SEED_TUNING,
): Promise<void> {
  const exists = await db.selectFrom('merchants').select('id').where('id', '=', merchantId).executeTakeFirst();
  if (!exists) throw new Error(`There is no store ${merchantId}`);
  // One transaction: the store shows its old orders until the new ones are all in, and keeps them if seeding fails.
  let transaction: Transaction<Database> | undefined;
  await db
    .transaction()
    .execute(async (trx) => {
      transaction = trx;
      // The store's row first, as a new order takes it first (for its code) and then the counts:
      // a new order made meanwhile waits for the reseed instead of deadlocking with it.
      await trx.selectFrom('merchants').select('id').where('id', '=', merchantId).forNoKeyUpdate().execute();
      if (await lockedWhile(trx, () => holdsOnlyStore(trx, merchantId))) {
        // Emptying the table at once is much faster than deleting row by row, and leaves no dead rows behind.
        // A truncation fires no delete trigger: the store's counts start again by hand.
        await sql`truncate orders, refund_answers, order_activity`.execute(trx);
        await trx.deleteFrom('order_counts').where('merchant_id', '=', merchantId).execute();
      } else {
        await trx.deleteFrom('refund_answers').where('merchant_id', '=', merchantId).execute();
        await trx.deleteFrom('order_activity').where('merchant_id', '=', merchantId).execute();
        await trx.deleteFrom('orders').where('merchant_id', '=', merchantId).execute();
      }
      await trx.updateTable('merchants').set({ created_orders: 0 }).where('id', '=', merchantId).execute();
      await seedOrders(trx, merchantId, count, anchorMs, onProgress, tuning);
    })
    .catch(async (error: unknown) => {
      await dropLeftStaging(transaction);
      throw error;
    });
}

/** Whether the orders table holds no other store's orders (read through its key, not row by row). */
async function holdsOnlyStore(trx: Transaction<Database>, merchantId: string): Promise<boolean> {
  const other = (compare: '<' | '>') =>
    trx.selectFrom('orders').select('id').where('merchant_id', compare, merchantId).limit(1).executeTakeFirst();
  return !(await other('<')) && !(await other('>'));
}

async function anyOrder(trx: Transaction<Database>): Promise<boolean> {
  return !!(await trx.selectFrom('orders').select('id').limit(1).executeTakeFirst());
}

/**
 * Whether `condition` holds and goes on holding till the transaction ends: when it holds, the
 * orders tables are locked against every other transaction and it is asked again. (Emptying the
 * table whole must never take a store's orders written between the question and the truncation;
 * a table that doesn't qualify is not locked, so other stores carry on while this one is seeded.)
 */
async function lockedWhile(trx: Transaction<Database>, condition: () => Promise<boolean>): Promise<boolean> {
  if (!(await condition())) return false;
  // Merchants first, in the same order every time: a bulk seed drops and re-adds the orders table's key
  // to merchants (which locks merchants whole), and a new order updates its merchant before it waits
  // on orders; holding merchants against writers from the start leaves that no way to deadlock.
  await sql`lock table merchants in share row exclusive mode`.execute(trx);
  await sql`lock table orders, refund_answers, order_activity in access exclusive mode`.execute(trx);
  return condition();
}
