import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PGliteDialect, PostgresDialect, type LogConfig } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config';
import { lockDataDirectory } from './data-lock';
import type { Database } from './schema';

export interface OpenDatabase {
  db: Kysely<Database>;
  /** Where the data is, for messages: a folder or a server (without its password). */
  description: string;
  close(): Promise<void>;
}

// Counts come back from PostgreSQL as strings (bigint); ours fit in a JavaScript number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** The embedded database (PGlite, data in a folder) or a PostgreSQL server, behind one Kysely. */
export async function openDatabase(
  config: DatabaseConfig,
  options: { poolSize?: number; log?: LogConfig } = {},
): Promise<OpenDatabase> {
  const { log } = options;
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: options.poolSize ?? config.poolSize ?? 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
    return { db, description: describeUrl(config.url), close: () => db.destroy() };
  }
  const unlock = lockDataDirectory(config.directory);
  try {
    const pglite = await PGlite.create(config.directory, { extensions: { pg_trgm, btree_gin } });
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), log });
    return {
      db,
      description: config.directory,
      close: async () => {
        await db.destroy();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** The URL without its password, for messages. */
function describeUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/, '$1@');
}
