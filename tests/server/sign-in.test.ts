import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { orderListResponseSchema, orderResponseSchema, sessionResponseSchema } from '@/api/contract';
import { validDraft } from '../support/drafts';
import {
  freshPglite,
  freshPostgres,
  postgresReachable,
  sessionFetch,
  signInCookie,
  serversOfThisFile,
  type RunningServer,
  type TestDatabase,
} from './server-process';

const { start, stop } = serversOfThisFile(afterAll);

function merchantCommand(database: TestDatabase, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/merchant.ts', ...args], {
    env: {
      ...process.env,
      ...(database.kind === 'pglite'
        ? { ORDERDESK_DATA: database.directory, DATABASE_URL: '' }
        : { DATABASE_URL: database.url }),
    },
    encoding: 'utf8',
  });
}

const SECOND = { email: 'owner@second.test', password: 'a-long-second-password' };

describe('npm run merchant -- create', () => {
  it('makes a second store whose owner signs in and sees only its own orders, none of the demo store’s', async () => {
    const database = freshPglite();
    const first = await start(database);
    const demo = sessionFetch(first.baseUrl, await signInCookie(first.baseUrl));
    const created = orderResponseSchema.parse(
      await (await demo('/api/orders', { method: 'POST', body: JSON.stringify(validDraft()) })).json(),
    );
    await stop(first);

    const made = merchantCommand(database, [
      'create',
      '--name',
      'Second Store',
      '--email',
      SECOND.email,
      '--password',
      SECOND.password,
      '--orders',
      '40',
    ]);
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(/Created store "Second Store" \(mer_[\w-]+\) with 40 orders/);
    const again = merchantCommand(database, [
      'create',
      '--name',
      'Again',
      '--email',
      SECOND.email.toUpperCase(),
      '--password',
      SECOND.password,
    ]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('There is already an account for owner@second.test');
    expect(
      merchantCommand(database, ['create', '--name', 'Short', '--email', 'x@y.test', '--password', 'short']).stderr,
    ).toMatch(/--password must be 10 to 200 characters/);

    const server = await start(database);
    const second = sessionFetch(server.baseUrl, await signInCookie(server.baseUrl, SECOND.email, SECOND.password));
    const session = sessionResponseSchema.parse(await (await second('/api/session')).json());
    expect(session.merchant.name).toBe('Second Store');
    const list = orderListResponseSchema.parse(await (await second('/api/orders?pageSize=250')).json());
    expect(list.counts.all).toBe(40);
    expect(list.items.some((order) => order.code === created.code)).toBe(false);
    expect((await second(`/api/orders/${created.id}`)).status).toBe(404);
    const demoAgain = sessionFetch(server.baseUrl, await signInCookie(server.baseUrl));
    expect(orderListResponseSchema.parse(await (await demoAgain('/api/orders')).json()).counts.all).toBe(501);
    await stop(server);
  });
});

const postgres = await postgresReachable();
if (!postgres) console.log('session expiry tests: no PostgreSQL at DATABASE_URL, so not run');

if (postgres) {
  describe('sessions in the database, shared by every server', () => {
    it('end after 12 idle hours or 7 days, on sign-out on any server, and when the password changes', async () => {
      const database = await freshPostgres(process.env.DATABASE_URL ?? '', 'orderdesk_sessions');
      if (database.kind !== 'postgres') throw new Error('expected PostgreSQL');
      const [a, b] = await Promise.all([start(database), start(database)]);
      const sql = new pg.Client({ connectionString: database.url });
      await sql.connect();
      try {
        const status = (server: RunningServer, cookie: string) =>
          sessionFetch(server.baseUrl, cookie)('/api/session').then((response) => response.status);

        const idle = await signInCookie(a.baseUrl);
        expect(await status(b, idle)).toBe(200);
        await sql.query(`update sessions set last_seen_at = now() - interval '12 hours 1 minute'`);
        expect(await status(a, idle)).toBe(401);

        const old = await signInCookie(b.baseUrl);
        await sql.query(`update sessions set created_at = now() - interval '7 days 1 minute'`);
        expect(await status(a, old)).toBe(401);
        expect((await sql.query('select count(*)::int as n from sessions')).rows[0].n).toBe(0);

        const signedOut = await signInCookie(a.baseUrl);
        const other = await signInCookie(b.baseUrl);
        const out = await sessionFetch(b.baseUrl, signedOut)('/api/session', { method: 'DELETE' });
        expect(out.status).toBe(204);
        expect(await status(a, signedOut)).toBe(401);
        expect(await status(a, other)).toBe(200);

        const changed = merchantCommand(database, [
          'set-password',
          '--email',
          'demo@orderdesk.test',
          '--password',
          'a-brand-new-password',
        ]);
        expect(changed.stdout).toContain('every session of theirs has ended');
        expect(await status(a, other)).toBe(401);
        expect(await status(b, other)).toBe(401);
        await expect(signInCookie(a.baseUrl)).rejects.toThrow(/401/);
        expect(await status(b, await signInCookie(b.baseUrl, 'demo@orderdesk.test', 'a-brand-new-password'))).toBe(200);
        expect(a.output() + b.output()).not.toContain('a-brand-new-password');
      } finally {
        await sql.end();
      }
    });
  });
}
