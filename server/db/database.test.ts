import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { postgresReachable } from '../../tests/server/server-process';
import { openDatabase } from './database';

const url = process.env.DATABASE_URL ?? '';
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

if (reachable) {
  describe("the server's PostgreSQL connections", () => {
    it('run without JIT, whose compiling cost a new search about a tenth of its time', async () => {
      expect(await jitOf(url)).toBe('off');
    });

    it('take the options DATABASE_URL names over that default', async () => {
      // Not built with URL: a socket URL (postgres://user@/db?host=/run/postgresql) has no host it accepts.
      const withOptions = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent('-c jit=on')}`;
      expect(await jitOf(withOptions)).toBe('on');
    });
  });
}
