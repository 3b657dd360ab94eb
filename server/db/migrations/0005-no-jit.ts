import { sql, type Kysely } from 'kysely';

/**
 * No JIT in this database. PostgreSQL compiles a statement it estimates as costly, which here is
 * a search: compiling took about 100 ms of a new search's 1.1 s count, and 15 ms of a page that
 * took 1 ms without it. A setting of the database, not of each connection's startup options,
 * which a pooler such as PgBouncer refuses for settings it does not track. Sessions opened from
 * now on take it, and this one at once. Only the database's owner (or a superuser) may set it:
 * for another role the server runs with JIT, and the notice says what to run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    do $$
    begin
      execute format('alter database %I set jit = off', current_database());
    exception when insufficient_privilege then
      raise notice 'JIT stays on: only the owner of database % can run: alter database % set jit = off',
        current_database(), current_database();
    end $$`.execute(db);
  await sql`set jit = off`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    do $$
    begin
      execute format('alter database %I reset jit', current_database());
    exception when insufficient_privilege then
      null;
    end $$`.execute(db);
}
