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
  await alterThisDatabase('set jit = off').execute(db);
  await sql`set jit = off`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await alterThisDatabase('reset jit').execute(db);
}

/** `alter database <this one> <change>` if the role may, else a notice naming the statement. */
function alterThisDatabase(change: 'set jit = off' | 'reset jit') {
  return sql`
    do $$
    begin
      execute format('alter database %I ${sql.raw(change)}', current_database());
    exception when insufficient_privilege then
      raise notice 'Only the owner of database % can run: alter database % ${sql.raw(change)}',
        current_database(), current_database();
    end $$`;
}
