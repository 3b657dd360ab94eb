import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PGliteDialect, PostgresDialect, sql, type LogConfig, type Transaction } from 'kysely';
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
    pool.on('connect', (client) => {
      serverClients.add(client);
      poolOfClient.set(client, pool);
    });
    pool.on('remove', (client) => serverClients.remove(client));
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

/**
 * The pg client of each open connection to a PostgreSQL server, by the process id of the server's
 * backend: what Kysely can't send (COPY) goes through the very client a transaction runs on.
 */
const serverClients = {
  byBackend: new Map<number, pg.PoolClient[]>(),
  add(client: pg.PoolClient) {
    const pid = backendPid(client);
    if (pid !== undefined) this.byBackend.set(pid, [...(this.byBackend.get(pid) ?? []), client]);
  },
  remove(client: pg.PoolClient) {
    const pid = backendPid(client);
    const rest = pid === undefined ? [] : (this.byBackend.get(pid) ?? []).filter((other) => other !== client);
    if (pid !== undefined && rest.length > 0) this.byBackend.set(pid, rest);
    else if (pid !== undefined) this.byBackend.delete(pid);
  },
};

// `processID` is pg's record of the backend's process id (Kysely reads it too); @types/pg leaves it out.
const backendPid = (client: pg.PoolClient) =>
  (client as pg.PoolClient & { processID?: number | null }).processID ?? undefined;

/**
 * The pg client a transaction runs on, when it is a connection this module opened to a PostgreSQL
 * server; undefined on the embedded database or a connection made elsewhere (two servers' backends
 * with one process id are told apart by nothing, so neither is answered).
 */
export async function serverClientOf(trx: Transaction<Database>): Promise<pg.PoolClient | undefined> {
  if (serverClients.byBackend.size === 0) return undefined;
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
  const clients = serverClients.byBackend.get(rows[0]?.pid ?? -1) ?? [];
  return clients.length === 1 ? clients[0] : undefined;
}

/** The pool each server connection came from: a bulk seed borrows more of its connections for work beside its transaction. */
const poolOfClient = new WeakMap<pg.PoolClient, pg.Pool>();

/** The pool a server connection (from `serverClientOf`) belongs to. */
export function serverPoolOf(client: pg.PoolClient): pg.Pool | undefined {
  return poolOfClient.get(client);
}

/** The URL without its password, for messages. */
function describeUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/, '$1@');
}
