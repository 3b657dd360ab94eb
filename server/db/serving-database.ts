import { sql, type Kysely } from 'kysely';
import type { DatabaseConfig } from '../config';
import { openDatabase, type OpenDatabase } from './database';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

export interface ServingDatabase {
  database: OpenDatabase;
  /** The migrations this start applied. */
  applied: string[];
  /** What could not be set up, and what to do about it; the server runs regardless. */
  warnings: string[];
}

/**
 * The database as the server serves from it: migrated and, on PostgreSQL, with the server's
 * session defaults set, on connections opened after both (one opened before, while another
 * server's migration kept this one waiting, would not have the defaults).
 */
export async function openServingDatabase(config: DatabaseConfig): Promise<ServingDatabase> {
  const database = await openDatabase(config);
  const warnings: string[] = [];
  try {
    const applied = await migrateToLatest(database.db);
    if (config.kind !== 'postgres') return { database, applied, warnings };
    await setSessionDefaults(database.db).catch((error: unknown) => {
      warnings.push(`JIT stays on (${String(error)}): run ${NO_JIT} as the server's role.`);
    });
    await database.close();
    return { database: await openDatabase(config), applied, warnings };
  } catch (error) {
    await database.close();
    throw error;
  }
}

const NO_JIT = 'alter role current_user in database <this database> set jit = off';

/**
 * No JIT in the server's sessions. PostgreSQL compiles a statement it estimates as costly, which
 * here is a search: compiling took about 100 ms of a new search's 1.1 s count, and 15 ms of a
 * page that takes 1 ms without it. Set as the defaults of the role the server connects as, in
 * this database (any role may set its own), at every start, so a restore into a new database or
 * a new role gets them too; not as connection options, which a pooler such as PgBouncer refuses.
 */
export async function setSessionDefaults(db: Kysely<Database>): Promise<void> {
  await sql`
    do $$
    begin
      execute format('alter role current_user in database %I set jit = off', current_database());
    end $$`.execute(db);
}
