import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import * as orders from './migrations/0001-orders';
import * as signIn from './migrations/0002-sign-in';
import * as orderCounts from './migrations/0003-order-counts';
import * as searchVersions from './migrations/0004-search-versions';
import type { Database } from './schema';

/** Every migration, in order. A new one is a new file in ./migrations and a line here. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-orders': orders,
  '0002-sign-in': signIn,
  '0003-order-counts': orderCounts,
  '0004-search-versions': searchVersions,
};

/** Brings the schema up to date; a second run changes nothing. Several servers starting at once take turns. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
