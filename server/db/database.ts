import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import {
  Kysely,
  PGliteDialect,
  PostgresDialect,
  sql,
  type CompiledQuery,
  type LogConfig,
  type QueryResult,
  type Transaction,
} from 'kysely';
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
    const pool = new pg.Pool({
      connectionString: config.url,
      max: options.poolSize ?? config.poolSize ?? 10,
      Client: PreparingClient,
    });
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

/**
 * The statements a busy server sends on nearly every request (a session, a page of orders): each
 * connection has PostgreSQL parse them once and keep them, and PostgreSQL may keep a plan too,
 * instead of parsing and planning them on every request. Capped, as a connection keeps each one.
 */
const preparedNames = new Map<string, string>();
const MOST_PREPARED = 200;

/** Runs a frequent query as a statement each connection prepares once (on PostgreSQL; as usual on PGlite). */
export function executePrepared<R>(db: Kysely<Database>, compiled: CompiledQuery<R>): Promise<QueryResult<R>> {
  if (!preparedNames.has(compiled.sql) && preparedNames.size < MOST_PREPARED) {
    preparedNames.set(compiled.sql, `orderdesk_${preparedNames.size + 1}`);
  }
  return db.executeQuery(compiled);
}

/** A pg client that sends the statements named above as prepared statements. */
class PreparingClient extends pg.Client {}
const sendQuery = pg.Client.prototype.query;
// pg's query() has many overloads; Kysely calls query(text, values) and awaits it. Anything else passes unchanged.
PreparingClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [text, values, callback] = args;
  const name = typeof text === 'string' && callback === undefined ? preparedNames.get(text) : undefined;
  if (name !== undefined) return this.query({ name, text: text as string, values: values as unknown[] });
  return (sendQuery as (...all: unknown[]) => unknown).apply(this, args);
} as typeof sendQuery;

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
