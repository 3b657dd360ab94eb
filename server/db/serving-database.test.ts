import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgres, postgresReachable } from '../../tests/server/server-process';
import { openDatabase, type OpenDatabase } from './database';
import { openServingDatabase } from './serving-database';

const serverUrl = process.env.DATABASE_URL ?? '';
const reachable = await postgresReachable();
if (!reachable) console.log('serving database tests: no PostgreSQL at DATABASE_URL, so not run');

async function jitOf(database: OpenDatabase): Promise<string> {
  const { rows } = await sql<{ jit: string }>`show jit`.execute(database.db);
  return rows[0]?.jit ?? '';
}

/** The URL with a connection startup option added (not built with URL: socket URLs are not WHATWG URLs). */
function withOption(url: string, option: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(option)}`;
}

/** The settings a role has in the URL's database (`jit=off`, …), read as the server's superuser. */
async function roleSettings(url: string, role: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ setting: string }>(
      `select unnest(s.setconfig) as setting from pg_db_role_setting s
       join pg_database d on d.oid = s.setdatabase and d.datname = current_database()
       join pg_roles r on r.oid = s.setrole and r.rolname = $1`,
      [role],
    );
    return rows.map((row) => row.setting);
  } finally {
    await client.end();
  }
}

if (reachable) {
  describe('the database the server serves from, on PostgreSQL', () => {
    let url = '';
    let serving: OpenDatabase;
    let applied: string[] = [];
    let warnings: string[] = [];

    beforeAll(async () => {
      const database = await freshPostgres(serverUrl, 'orderdesk_serving_test');
      url = database.kind === 'postgres' ? database.url : '';
      const opened = await openServingDatabase({ kind: 'postgres', url });
      applied = opened.applied;
      warnings = opened.warnings;
      serving = opened.database;
    });

    afterAll(async () => {
      await serving.close();
    });

    it('is migrated, with nothing to warn about', () => {
      expect(applied).toContain('0004-search-versions');
      expect(warnings).toEqual([]);
    });

    it('runs without JIT, whose compiling cost a new search about a tenth of its time, on every connection it serves from', async () => {
      // Five at once: five connections, the one the migrations ran on (opened before the defaults) not among them.
      const seen = await Promise.all(
        Array.from({ length: 5 }, () =>
          serving.db.transaction().execute(async (trx) => {
            const { rows } = await sql<{ jit: string }>`select pg_sleep(0.05), current_setting('jit') as jit`.execute(
              trx,
            );
            return rows[0]?.jit;
          }),
        ),
      );
      expect(seen).toEqual(['off', 'off', 'off', 'off', 'off']);
    });

    it('keeps the setting with the role in this database, so a pooler that passes no startup options gets it', async () => {
      const { rows } = await sql<{ role: string }>`select current_user as role`.execute(serving.db);
      expect(await roleSettings(url, rows[0]?.role ?? '')).toContain('jit=off');
      const another = await openDatabase({ kind: 'postgres', url });
      try {
        expect(await jitOf(another)).toBe('off');
      } finally {
        await another.close();
      }
    });

    it('still takes a connection option DATABASE_URL names over it', async () => {
      const withJit = await openDatabase({ kind: 'postgres', url: withOption(url, '-c jit=on') });
      try {
        expect(await jitOf(withJit)).toBe('on');
      } finally {
        await withJit.close();
      }
    });

    it('sets it again at the next start without complaint', async () => {
      const again = await openServingDatabase({ kind: 'postgres', url });
      try {
        expect(again).toMatchObject({ applied: [], warnings: [] });
        expect(await jitOf(again.database)).toBe('off');
      } finally {
        await again.database.close();
      }
    });
  });

  describe('the database the server serves from, as a role that does not own it', () => {
    const role = 'orderdesk_not_owner';
    let admin: pg.Client;
    let url = '';

    beforeAll(async () => {
      const database = await freshPostgres(serverUrl, 'orderdesk_not_owner_test');
      url = database.kind === 'postgres' ? database.url : '';
      admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop role if exists ${role}`);
      await admin.query(`create role ${role} login`);
      // What a role given a database it does not own needs: its trusted extensions and a schema to build in.
      await admin.query(`grant create on database orderdesk_not_owner_test to ${role}`);
      await admin.query(`grant create, usage on schema public to ${role}`);
    });

    afterAll(async () => {
      await admin.query(`drop owned by ${role}`);
      await admin.query(`drop role ${role}`);
      await admin.end();
    });

    it('migrates, and turns JIT off for that role', async () => {
      const opened = await openServingDatabase({ kind: 'postgres', url: withOption(url, `-c role=${role}`) });
      try {
        expect(opened.applied).toContain('0004-search-versions');
        expect(opened.warnings).toEqual([]);
      } finally {
        await opened.database.close();
      }
      expect(await roleSettings(url, role)).toContain('jit=off');
    });
  });
}
