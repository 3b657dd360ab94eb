import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededOrderAt } from '@/backend/seed/seed';
import { ORDER_STATUSES } from '@/domain';
import { databasesToTest } from '../../tests/server/test-databases';
import type { OpenDatabase } from './database';
import { migrateToLatest } from './migrate';
import { reseedOrders, seedOrders, type SeedTuning } from './seed-orders';
import { orderColumns } from './sql-order-store';

const ANCHOR = Date.UTC(2026, 0, 15, 12);
const STORE = 'mer_seed';
const OTHER = 'mer_other';
/** The faster paths (COPY or JSON rows made on worker threads, keys and indexes built after loading) on a few orders. */
const FAST_PATHS: SeedTuning = { bulkFrom: 1, threadsFrom: 1 };
const ROW_BY_ROW: SeedTuning = { bulkFrom: Infinity, threadsFrom: Infinity };

const databases = await databasesToTest('orderdesk_seed_test', 'seed tests');

describe.each(databases)('seeding orders on %s', (_name, open) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await open();
    await migrateToLatest(database.db);
    await database.db
      .insertInto('merchants')
      .values([
        { id: STORE, name: 'Seeded Store' },
        { id: OTHER, name: 'Other Store' },
      ])
      .execute();
  });
  afterAll(async () => database?.close());

  /** The store's orders as stored, in the shape `orderColumns` gives them; times to the microsecond, as stored. */
  async function storedOrders(merchantId: string) {
    const microseconds = (column: 'created_at' | 'paid_at') =>
      sql<string | null>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
    const rows = await database.db
      .selectFrom('orders')
      .selectAll()
      .select([microseconds('created_at').as('created'), microseconds('paid_at').as('paid')])
      .where('merchant_id', '=', merchantId)
      .orderBy('id')
      .execute();
    return rows.map(({ deleted_at, created_at: _c, paid_at: _p, created, paid, ...row }) => ({
      ...row,
      created_at: created,
      paid_at: paid,
      deleted: deleted_at !== null,
    }));
  }

  function seededOrders(merchantId: string, count: number) {
    // An ISO time (milliseconds, Z) as PostgreSQL writes it to the microsecond.
    const stored = (iso: string | null) => (iso === null ? null : `${iso.slice(0, -1)}000`);
    return Array.from({ length: count }, (_, index) => {
      const columns = orderColumns(merchantId, seededOrderAt(index, count, ANCHOR));
      return { ...columns, created_at: stored(columns.created_at), paid_at: stored(columns.paid_at), deleted: false };
    }).sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** The counts per status the database keeps (order_counts), and the counts of the rows themselves. */
  async function counts(merchantId: string) {
    const kept = await database.db
      .selectFrom('order_counts')
      .select(['status', 'count'])
      .where('merchant_id', '=', merchantId)
      .where('count', '<>', 0)
      .orderBy('status')
      .execute();
    const counted = await database.db
      .selectFrom('orders')
      .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
      .where('merchant_id', '=', merchantId)
      .where('deleted_at', 'is', null)
      .groupBy('status')
      .orderBy('status')
      .execute();
    return {
      kept: kept.map((row) => ({ ...row, count: Number(row.count) })),
      counted: counted.map((row) => ({ ...row, count: Number(row.count) })),
    };
  }

  /**
   * Every index, constraint (those pointing at it too) and trigger of the orders table, its columns
   * and what else a table carries (owner, grants, comment, replica identity, options), by name and
   * definition; and any table a seed worked in beside it.
   */
  async function ordersSchema() {
    const { rows } = await sql<{ name: string; definition: string }>`
      select indexname as name, indexdef as definition from pg_indexes where tablename = 'orders'
      union all
      select conname, pg_get_constraintdef(oid) from pg_constraint
      where conrelid = 'orders'::regclass or confrelid = 'orders'::regclass
      union all
      select tgname, concat_ws(' ', pg_get_triggerdef(oid), tgenabled) from pg_trigger
      where tgrelid = 'orders'::regclass and not tgisinternal
      union all
      select 'column ' || attname, concat_ws(' ', attnum, format_type(atttypid, atttypmod), attcollation::regcollation,
        attnotnull, attstorage, attcompression, pg_get_expr(adbin, adrelid))
      from pg_attribute left join pg_attrdef on adrelid = attrelid and adnum = attnum
      where attrelid = 'orders'::regclass and attnum > 0 and not attisdropped
      union all
      select 'table ' || relname, concat_ws(' ', pg_get_userbyid(relowner), relacl, reloptions, relreplident,
        relpersistence, relkind, obj_description(oid, 'pg_class'))
      from pg_class where relname like 'orders%' and relkind in ('r', 'p')
      order by name, definition`.execute(database.db);
    return rows;
  }

  it.each([
    ['row by row', ROW_BY_ROW],
    ['on its faster paths', FAST_PATHS],
  ])('stores exactly the demo generator’s orders, %s, and keeps every key and index', async (_path, tuning) => {
    const schema = await ordersSchema();
    const progress: number[] = [];
    await reseedOrders(database.db, STORE, 1_000, ANCHOR, (done) => progress.push(done), tuning);

    expect(await storedOrders(STORE)).toEqual(seededOrders(STORE, 1_000));
    expect(await ordersSchema()).toEqual(schema);
    const { kept, counted } = await counts(STORE);
    expect(kept).toEqual(counted);
    expect(kept.reduce((sum, row) => sum + row.count, 0)).toBe(1_000);
    expect(progress.at(-1)).toBe(1_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const merchant = await database.db.selectFrom('merchants').selectAll().where('id', '=', STORE).executeTakeFirst();
    expect(merchant).toMatchObject({ seed_orders: 1_000, created_orders: 0 });
  });

  it.each([
    ['row by row', ROW_BY_ROW],
    ['on its faster paths', FAST_PATHS],
  ])('leaves the store as it was when a seed fails halfway, %s', async (_path, tuning) => {
    await reseedOrders(database.db, STORE, 300, ANCHOR, undefined, tuning);
    const schema = await ordersSchema();
    const failing = reseedOrders(
      database.db,
      STORE,
      5_000,
      ANCHOR,
      (done) => {
        if (done >= 2_000) throw new Error('the seed was stopped');
      },
      tuning,
    );

    await expect(failing).rejects.toThrow('the seed was stopped');
    expect(await storedOrders(STORE)).toEqual(seededOrders(STORE, 300));
    expect(await ordersSchema()).toEqual(schema);
    const merchant = await database.db.selectFrom('merchants').selectAll().where('id', '=', STORE).executeTakeFirst();
    expect(merchant).toMatchObject({ seed_orders: 300 });
  });

  it.each([
    ['as it is stored', 'before'],
    ['as it commits', 'at commit'],
  ])(
    'leaves the store as it was when a seed fails %s, its orders counted, on its faster paths',
    async (_when, when) => {
      await reseedOrders(database.db, STORE, 300, ANCHOR, undefined, FAST_PATHS);
      const schema = await ordersSchema();
      // The store's counts refuse the new orders: when they are counted, or only as the seed commits.
      await sql`create function refuse_counts() returns trigger language plpgsql as $$
        begin raise exception 'the counts were refused'; end $$`.execute(database.db);
      const timing = when === 'before' ? sql`` : sql`deferrable initially deferred`;
      await sql`create constraint trigger refuse_counts after insert on order_counts ${timing}
        for each row execute function refuse_counts()`.execute(database.db);
      try {
        await expect(reseedOrders(database.db, STORE, 1_000, ANCHOR, undefined, FAST_PATHS)).rejects.toThrow(
          'the counts were refused',
        );
      } finally {
        await sql`drop trigger refuse_counts on order_counts`.execute(database.db);
        await sql`drop function refuse_counts()`.execute(database.db);
      }

      expect(await storedOrders(STORE)).toEqual(seededOrders(STORE, 300));
      expect(await ordersSchema()).toEqual(schema);
      const { kept, counted } = await counts(STORE);
      expect(kept).toEqual(counted);
      expect(kept.reduce((sum, row) => sum + row.count, 0)).toBe(300);
    },
  );

  it('counts the orders written after a seed on its faster paths, and keeps their keys', async () => {
    await reseedOrders(database.db, STORE, 1_000, ANCHOR, undefined, FAST_PATHS);
    const [first, second, third] = await database.db
      .selectFrom('orders')
      .selectAll()
      .where('merchant_id', '=', STORE)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .limit(3)
      .execute();
    const otherStatus = ORDER_STATUSES.find((status) => status !== first!.status)!;
    const store = database.db.selectFrom('orders').where('merchant_id', '=', STORE);
    await database.db
      .updateTable('orders')
      .set({ status: otherStatus })
      .where('merchant_id', '=', STORE)
      .where('id', '=', first!.id)
      .execute();
    await database.db.deleteFrom('orders').where('merchant_id', '=', STORE).where('id', '=', second!.id).execute();
    await database.db
      .insertInto('orders')
      .values({ ...third!, id: 'ord_new', code: 'new', document: JSON.stringify(third!.document) })
      .execute();

    const { kept, counted } = await counts(STORE);
    expect(kept).toEqual(counted);
    expect(kept.reduce((sum, row) => sum + row.count, 0)).toBe(1_000);
    expect(await store.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()).toEqual({ n: 1_000 });
    await expect(
      database.db
        .insertInto('orders')
        .values({ ...third!, id: 'ord_other', document: JSON.stringify(third!.document) })
        .execute(),
    ).rejects.toThrow(/orders_code_key/);
    await expect(
      database.db
        .insertInto('refund_answers')
        .values({ merchant_id: STORE, order_id: 'ord_missing', key: 'k', status: 200, body: '{}' })
        .execute(),
    ).rejects.toThrow(/refund_answers_order_fkey/);
  });

  it('reseeds one store without touching another store’s orders, its counts and its trail gone with its orders', async () => {
    await reseedOrders(database.db, OTHER, 200, ANCHOR, undefined, FAST_PATHS);
    const [order] = await storedOrders(STORE);
    await database.db
      .insertInto('order_activity')
      .values({
        merchant_id: STORE,
        order_id: order!.id,
        at: new Date(),
        user_id: 'usr_x',
        user_name: 'Someone',
        action: 'deleted',
        changes: '[]',
        detail: null,
        request_id: null,
      })
      .execute();
    await reseedOrders(database.db, STORE, 500, ANCHOR, undefined, FAST_PATHS);

    expect(await storedOrders(OTHER)).toEqual(seededOrders(OTHER, 200));
    expect(await storedOrders(STORE)).toEqual(seededOrders(STORE, 500));
    for (const store of [STORE, OTHER]) {
      const { kept, counted } = await counts(store);
      expect(kept).toEqual(counted);
    }
    expect(await database.db.selectFrom('order_activity').selectAll().execute()).toEqual([]);
    await reseedOrders(database.db, OTHER, 0, ANCHOR);
  });

  it('fails with the database’s reason when the orders are already there, and the connection carries on', async () => {
    await reseedOrders(database.db, STORE, 100, ANCHOR);
    const again = database.db
      .transaction()
      .execute((trx) => seedOrders(trx, STORE, 100, ANCHOR, undefined, FAST_PATHS));

    await expect(again).rejects.toThrow(/duplicate key value violates unique constraint "orders_pkey"/);
    expect(await storedOrders(STORE)).toEqual(seededOrders(STORE, 100));
  });
});
