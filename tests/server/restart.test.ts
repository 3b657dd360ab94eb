import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { orderListResponseSchema, orderResponseSchema } from '@/api/contract';
import {
  freshPglite,
  freshPostgres,
  postgresReachable,
  sessionFetch,
  signInCookie,
  serversOfThisFile,
  type TestDatabase,
} from './server-process';

const { start, stop } = serversOfThisFile(afterAll);

async function firstOrder(api: ReturnType<typeof sessionFetch>, status: string) {
  const response = await api(`/api/orders?status=${status}&pageSize=1`);
  const [order] = orderListResponseSchema.parse(await response.json()).items;
  if (!order) throw new Error(`no ${status} order`);
  return order;
}

const databases: [string, () => Promise<TestDatabase>][] = [['PGlite', async () => freshPglite()]];
if (await postgresReachable()) {
  databases.push(['PostgreSQL', () => freshPostgres(process.env.DATABASE_URL ?? '', 'orderdesk_restart')]);
} else {
  console.log('restart tests: no PostgreSQL at DATABASE_URL, so PGlite only');
}

describe.each(databases)('the server on %s', (_name, makeDatabase) => {
  it('seeds 500 orders on first start, keeps a change across a restart, and migrates an up-to-date schema to nothing', async () => {
    const database = await makeDatabase();
    const first = await start(database);
    expect(first.output()).toContain('Sign in to the demo store as demo@orderdesk.test, password orderdesk-demo');
    const cookie = await signInCookie(first.baseUrl);
    const api = sessionFetch(first.baseUrl, cookie);
    const list = orderListResponseSchema.parse(await (await api('/api/orders')).json());
    expect(list.counts.all).toBe(500);
    expect(first.output()).toContain('Orderdesk is running at');

    const order = await firstOrder(api, 'unpaid');
    const edited = await api(`/api/orders/${order.id}`, {
      method: 'PATCH',
      body: JSON.stringify({
        version: order.version,
        shippingAddress: { ...order.shippingAddress, line1: '9 Elm Rd' },
      }),
    });
    expect(edited.status).toBe(200);
    const deleted = await firstOrder(api, 'unpaid');
    const gone = deleted.id === order.id ? await firstOrder(api, 'unfulfilled') : deleted;
    await api('/api/orders/bulk-delete', {
      method: 'POST',
      body: JSON.stringify({ ids: [gone.id] }),
    });
    await stop(first);

    const second = await start(database);
    // The session was kept in the database: the same cookie still works after the restart.
    const again = sessionFetch(second.baseUrl, cookie);
    const after = orderResponseSchema.parse(await (await again(`/api/orders/${order.id}`)).json());
    expect(after.shippingAddress.line1).toBe('9 Elm Rd');
    expect(after.version).toBe(order.version + 1);
    const counts = orderListResponseSchema.parse(await (await again('/api/orders')).json()).counts;
    expect(counts.all).toBe(gone.status === 'unpaid' ? 499 : 500);
    expect(second.output()).not.toContain('database schema updated');
    expect(second.output()).not.toContain('creating the demo store');
    await stop(second);
  });
});

describe('the embedded database', () => {
  it('belongs to one process: npm run seed while the server runs says so and changes nothing', async () => {
    const database = freshPglite();
    const server = await start(database);
    const seed = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/seed.ts', '--orders', '10'], {
      env: { ...process.env, ORDERDESK_DATA: database.kind === 'pglite' ? database.directory : '', DATABASE_URL: '' },
      encoding: 'utf8',
    });
    expect(seed.status).toBe(1);
    expect(seed.stderr).toMatch(/in use by another Orderdesk process \(pid \d+\).*nothing was changed/);
    const api = sessionFetch(server.baseUrl, await signInCookie(server.baseUrl));
    const list = orderListResponseSchema.parse(await (await api('/api/orders')).json());
    expect(list.counts.all).toBe(500);
    await stop(server);
  });
});
