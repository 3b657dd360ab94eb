import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OrderListParams, StatusCounts } from '@/api/contract';
import { orderSearchParts, searchNeedle } from '@/backend/order-search';
import { seededOrderAt } from '@/backend/seed/seed';
import { ORDER_STATUSES, type Order } from '@/domain';
import { databasesToTest } from '../../tests/server/test-databases';
import type { OpenDatabase } from './database';
import { migrateToLatest } from './migrate';
import { SearchCounts } from './search-counts';
import { reseedOrders, type SeedTuning } from './seed-orders';
import { orderRow, SqlOrderStore } from './sql-order-store';

const STORE = 'mer_search';
const IN_BULK: SeedTuning = { bulkFrom: 1, threadsFrom: Infinity };
const ANCHOR = Date.UTC(2026, 0, 15, 12);
/** Counts no search of these orders could give: seen only if the kept counts were used. */
const KEPT: StatusCounts = {
  all: 9999,
  unpaid: 9999,
  unfulfilled: 0,
  in_production: 0,
  shipped: 0,
  fulfilled: 0,
  cancelled: 0,
};

const databases = await databasesToTest('orderdesk_search_counts_test', 'search count tests');

describe.each(databases)("a search's counts on %s", (_name, open) => {
  let database: OpenDatabase;
  let counts: SearchCounts;
  let store: SqlOrderStore;
  let needle: string;

  beforeAll(async () => {
    database = await open();
    await migrateToLatest(database.db);
    await database.db.insertInto('merchants').values({ id: STORE, name: 'Store' }).execute();
  });
  afterAll(async () => database?.close());

  beforeEach(async () => {
    await reseedOrders(database.db, STORE, 300, ANCHOR);
    counts = new SearchCounts();
    store = new SqlOrderStore(database.db, STORE, counts);
    needle = searchNeedle((await current())[0]!.shippingAddress.city);
  });

  async function current(): Promise<Order[]> {
    const rows = await database.db
      .selectFrom('orders')
      .select('document')
      .where('merchant_id', '=', STORE)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .execute();
    return rows.map((row) => row.document);
  }

  /** The counts per status of the orders stored now, counted here, one by one. */
  async function countedByHand(q: string): Promise<StatusCounts> {
    const found = Object.fromEntries(['all', ...ORDER_STATUSES].map((status) => [status, 0])) as StatusCounts;
    for (const order of await current()) {
      if (!orderSearchParts(order).some((part) => part.includes(searchNeedle(q)))) continue;
      found[order.status] += 1;
      found.all += 1;
    }
    return found;
  }

  const listed = async (q: string) => {
    const params: OrderListParams = { status: 'all', q, sort: '-createdAt', page: 1, pageSize: 25 };
    return (await store.list(params)).counts;
  };

  /** Replaces what this process keeps for the search with KEPT, at the version it was counted at. */
  async function keepMadeUpCounts(q: string) {
    await listed(q);
    const kept = counts.get(STORE, searchNeedle(q));
    expect(kept).toBeDefined();
    counts.set(STORE, searchNeedle(q), { version: kept!.version, counts: KEPT });
  }

  async function saved(order: Order) {
    await database.db.updateTable('orders').set(orderRow(STORE, order)).where('id', '=', order.id).execute();
  }

  it('counts a search exactly, then answers the same counts without counting while nothing they count changes', async () => {
    expect(await listed(needle)).toEqual(await countedByHand(needle));
    await keepMadeUpCounts(needle);
    expect(await listed(needle)).toEqual(KEPT);
    // Another page and another tab of the same search count the same orders.
    expect(
      (await store.list({ status: 'shipped', q: needle, sort: 'totalCents', page: 2, pageSize: 25 })).counts,
    ).toEqual(KEPT);
  });

  it('keeps the counts of a store unchanged since before search versions were kept', async () => {
    await database.db.deleteFrom('order_search_versions').where('merchant_id', '=', STORE).execute();
    expect(await listed(needle)).toEqual(await countedByHand(needle));
    await keepMadeUpCounts(needle);
    expect(await listed(needle)).toEqual(KEPT);
  });

  it('keeps the counts through a change no search sees (a second address line)', async () => {
    await keepMadeUpCounts(needle);
    const [order] = await current();
    await saved({ ...order!, shippingAddress: { ...order!.shippingAddress, line2: 'Suite 9' } });
    expect(await listed(needle)).toEqual(KEPT);
  });

  const changes: [string, (orders: Order[], needle: string) => Promise<void>][] = [
    [
      'an order’s searched text',
      async (orders, city) => {
        const other = orders.find((order) => searchNeedle(order.shippingAddress.city) !== city)!;
        await saved({ ...other, shippingAddress: { ...other.shippingAddress, city: orders[0]!.shippingAddress.city } });
      },
    ],
    [
      'a status',
      async ([order]) => saved({ ...order!, status: order!.status === 'cancelled' ? 'unpaid' : 'cancelled' }),
    ],
    [
      'a delete',
      async (orders) => {
        const unpaid = orders.find((order) => order.status === 'unpaid')!;
        await database.db.updateTable('orders').set({ deleted_at: new Date() }).where('id', '=', unpaid.id).execute();
      },
    ],
    [
      'a new order',
      async ([order]) => {
        const made = {
          ...seededOrderAt(0, 1, ANCHOR),
          id: 'ord_new',
          code: 'NEW1',
          shippingAddress: order!.shippingAddress,
        };
        await database.db.insertInto('orders').values(orderRow(STORE, made)).execute();
      },
    ],
    [
      'a removed row',
      async ([order]) => {
        await sql`delete from orders where merchant_id = ${STORE} and id = ${order!.id}`.execute(database.db);
      },
    ],
    ['a new seed', async () => reseedOrders(database.db, STORE, 200, ANCHOR + 1)],
    // Loaded in bulk (COPY, or a staging table swapped in on PostgreSQL), with no trigger firing.
    ['a new seed loaded in bulk', async () => reseedOrders(database.db, STORE, 200, ANCHOR + 1, undefined, IN_BULK)],
  ];

  it.each(changes)('counts again after %s', async (_change, change) => {
    await keepMadeUpCounts(needle);
    await change(await current(), needle);
    const after = await listed(needle);
    expect(after).not.toEqual(KEPT);
    expect(after).toEqual(await countedByHand(needle));
  });

  it('counts again for a process that kept counts from before another process’s change', async () => {
    const otherProcess = new SqlOrderStore(database.db, STORE, new SearchCounts());
    await keepMadeUpCounts(needle);
    const [order] = await current();
    await otherProcess.transaction(async (tx) => {
      await tx.update(
        { ...order!, status: order!.status === 'cancelled' ? 'unpaid' : 'cancelled', version: order!.version + 1 },
        order!.version,
      );
    });
    expect(await listed(needle)).toEqual(await countedByHand(needle));
  });
});
