import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgres, postgresReachable, withDatabase } from '../../tests/server/server-process';
import { openDatabase } from './database';
import { migrateToLatest } from './migrate';

const serverUrl = process.env.DATABASE_URL ?? '';
const reachable = await postgresReachable();
if (!reachable) console.log('database settings tests: no PostgreSQL at DATABASE_URL, so not run');

async function jitOf(connectionString: string): Promise<string> {
  const database = await openDatabase({ kind: 'postgres', url: connectionString });
  try {
    const { rows } = await sql<{ jit: string }>`show jit`.execute(database.db);
    return rows[0]?.jit ?? '';
  } finally {
    await database.close();
  }
}

/** The URL with a connection startup option added (not built with URL: socket URLs are not WHATWG URLs). */
function withOption(url: string, option: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(option)}`;
}

if (reachable) {
  describe("the server's PostgreSQL database", () => {
    let url = '';

    beforeAll(async () => {
      const database = await freshPostgres(serverUrl, 'orderdesk_settings_test');
      url = database.kind === 'postgres' ? database.url : '';
      const migrated = await openDatabase({ kind: 'postgres', url });
      await migrateToLatest(migrated.db);
      await migrated.close();
    });

    it('runs without JIT once migrated, whose compiling cost a new search about a tenth of its time', async () => {
      expect(await jitOf(withDatabase(serverUrl, 'postgres'))).toBe('on');
      expect(await jitOf(url)).toBe('off');
    });

    it('is set on the database, so a pooler that passes no startup options still gets it', async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ setting: string }>(
          `select unnest(setconfig) as setting from pg_db_role_setting s
           join pg_database d on d.oid = s.setdatabase where d.datname = current_database() and s.setrole = 0`,
        );
        expect(rows.map((row) => row.setting)).toContain('jit=off');
      } finally {
        await client.end();
      }
    });

    it('still takes a connection option DATABASE_URL names over it', async () => {
      expect(await jitOf(withOption(url, '-c jit=on'))).toBe('on');
    });
  });

  describe('a migration run by a role that does not own the database', () => {
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

    it('still brings the schema up to date, leaving JIT as the database has it', async () => {
      const asRole = await openDatabase({ kind: 'postgres', url: withOption(url, `-c role=${role}`) });
      try {
        await expect(migrateToLatest(asRole.db)).resolves.toContain('0005-no-jit');
      } finally {
        await asRole.close();
      }
      expect(await jitOf(url)).toBe('on');
    });
  });
}
