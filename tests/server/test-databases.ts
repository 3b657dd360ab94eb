import { openDatabase, type OpenDatabase } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { freshPglite, freshPostgres, postgresReachable } from './server-process';

/**
 * The databases a server-side test runs on, each as a name and a way to open a fresh one: PGlite
 * always, and PostgreSQL (a database called `postgresName` on DATABASE_URL's server) when one answers.
 */
export async function databasesToTest(
  postgresName: string,
  suite: string,
): Promise<[string, () => Promise<OpenDatabase>][]> {
  const databases: [string, () => Promise<OpenDatabase>][] = [
    [
      'PGlite',
      () => {
        const database = freshPglite();
        return openDatabase({ kind: 'pglite', directory: database.kind === 'pglite' ? database.directory : '' });
      },
    ],
  ];
  if (await postgresReachable()) {
    databases.push([
      'PostgreSQL',
      async () => {
        const database = await freshPostgres(process.env.DATABASE_URL ?? '', postgresName);
        return openDatabase({ kind: 'postgres', url: database.kind === 'postgres' ? database.url : '' });
      },
    ]);
  } else {
    console.log(`${suite}: no PostgreSQL at DATABASE_URL, so PGlite only`);
  }
  return databases;
}

/** A fresh database called `name` on DATABASE_URL's PostgreSQL server, migrated and open. */
export async function migratedPostgres(name: string): Promise<{ database: OpenDatabase; url: string }> {
  const fresh = await freshPostgres(process.env.DATABASE_URL ?? '', name);
  if (fresh.kind !== 'postgres') throw new Error('expected PostgreSQL');
  const database = await openDatabase(fresh);
  await migrateToLatest(database.db);
  return { database, url: fresh.url };
}
