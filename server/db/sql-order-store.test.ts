import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededOrderAt } from '@/backend/seed/seed';
import { jsonBody } from '@/backend/json-text';
import { ORDER_STATUSES } from '@/domain';
import { freshPglite } from '../../tests/server/server-process';
import { openDatabase, type OpenDatabase } from './database';
import { migrateToLatest } from './migrate';
import { orderRow, SqlOrderStore } from './sql-order-store';

const STORE = 'mer_store';
const ANCHOR = Date.UTC(2026, 0, 15, 12);
const ALL = { status: 'all', q: '' } as const;

/** An answer as the client gets it: the JSON the server sends, read back. */
const sent = (answer: unknown) => JSON.parse(jsonBody(answer)) as Record<string, unknown>;

describe('SqlOrderStore answers as JSON the database wrote', () => {
  let database: OpenDatabase;
  let store: SqlOrderStore;
  const orders = Array.from({ length: 5 }, (_, index) => seededOrderAt(index, 5, ANCHOR));

  beforeAll(async () => {
    const directory = freshPglite();
    database = await openDatabase({
      kind: 'pglite',
      directory: directory.kind === 'pglite' ? directory.directory : '',
    });
    await migrateToLatest(database.db);
    await database.db.insertInto('merchants').values({ id: STORE, name: 'Store' }).execute();
    await database.db
      .insertInto('orders')
      .values(orders.map((order) => orderRow(STORE, order)))
      .execute();
    store = new SqlOrderStore(database.db, STORE);
  });
  afterAll(async () => database?.close());

  const newestFirst = (list = orders) =>
    [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : -1));

  it('sends a page of orders as the orders themselves', async () => {
    const page = sent(await store.list({ ...ALL, sort: '-createdAt', page: 1, pageSize: 25 }));
    expect(page.items).toEqual(newestFirst());
    expect(page.total).toBe(5);
  });

  it('sends every matching id with its status, newest first, and no match as empty lists', async () => {
    expect(sent(await store.matching(ALL))).toEqual({
      ids: newestFirst().map((order) => order.id),
      statuses: newestFirst().map((order) => order.status),
      total: 5,
    });
    expect(sent(await store.matching({ status: 'all', q: 'no order has this' }))).toEqual({
      ids: [],
      statuses: [],
      total: 0,
    });
  });

  it("sends a status tab's ids with its status for each, and an empty tab as empty lists", async () => {
    for (const status of ORDER_STATUSES) {
      const inTab = newestFirst().filter((order) => order.status === status);
      expect(sent(await store.matching({ status, q: '' }))).toEqual({
        ids: inTab.map((order) => order.id),
        statuses: inTab.map(() => status),
        total: inTab.length,
      });
    }
    expect(new Set(orders.map((order) => order.status)).size).toBeGreaterThan(1);
  });

  it.each([
    ['the separator', 'ord_a,b'],
    ['a character JSON must escape', 'ord_"c\\d"'],
  ])('still sends ids right when one holds %s', async (_what, id) => {
    const odd = { ...seededOrderAt(0, 1, ANCHOR - 86_400_000), id, code: `X${id.length}` };
    await database.db.insertInto('orders').values(orderRow(STORE, odd)).execute();
    const answer = sent(await store.matching(ALL));
    await database.db.deleteFrom('orders').where('id', '=', id).execute();
    const all = newestFirst([...orders, odd]);
    expect(answer.ids).toEqual(all.map((order) => order.id));
    expect(answer.statuses).toEqual(all.map((order) => order.status));
    expect(answer.total).toBe(6);
  });
});
