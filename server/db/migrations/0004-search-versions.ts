import { sql, type Kysely } from 'kysely';

/**
 * A number per store that changes whenever what a search could count changes: an order made or
 * removed, a status, a deletion or the searched text. The server keeps each search's counts per
 * status beside the number it was counted at, and counts again only when the number has moved,
 * so paging through a search, or switching its tabs, doesn't visit every match again. The number
 * is drawn from a sequence, so it never comes back, even for a store whose row is made again
 * (but for a database restored from a backup while servers kept running: restart them after one).
 * Statement triggers set it once per statement and store. An edit that changes none of those
 * columns (a second address line, a note) leaves it alone, so most edits never wait on it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence order_search_version`.execute(db);
  await db.schema
    .createTable('order_search_versions')
    .addColumn('merchant_id', sql`text collate "C"`, (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();

  // Each takes the stores the statement changed, in order (so two writers take their rows in one order).
  // An update's changed rows are found by hashing both sides (a join of transition tables, which have
  // no index, could compare every row with every other: a minute for a bulk delete of 10,000).
  // An insert's new rows and a delete's old rows are both the table `changed`, so one function serves both.
  await sql`
    create function order_search_version_after_insert_or_delete() returns trigger language plpgsql as $$
    begin
      insert into order_search_versions as v (merchant_id, version)
      select merchant_id, nextval('order_search_version')
      from (select distinct merchant_id from changed) stores order by merchant_id
      on conflict (merchant_id) do update set version = excluded.version;
      return null;
    end $$`.execute(db);
  await sql`
    create function order_search_version_after_update() returns trigger language plpgsql as $$
    begin
      insert into order_search_versions as v (merchant_id, version)
      select merchant_id, nextval('order_search_version')
      from (
        select distinct merchant_id from (
          select merchant_id, id, status, deleted_at, search_text from updated_new
          except
          select merchant_id, id, status, deleted_at, search_text from updated_old
        ) changed
      ) stores order by merchant_id
      on conflict (merchant_id) do update set version = excluded.version;
      return null;
    end $$`.execute(db);

  await sql`create trigger order_search_version_insert after insert on orders referencing new table as changed
    for each statement execute function order_search_version_after_insert_or_delete()`.execute(db);
  await sql`create trigger order_search_version_delete after delete on orders referencing old table as changed
    for each statement execute function order_search_version_after_insert_or_delete()`.execute(db);
  await sql`create trigger order_search_version_update after update on orders
    referencing old table as updated_old new table as updated_new
    for each statement execute function order_search_version_after_update()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger order_search_version_update on orders`.execute(db);
  await sql`drop trigger order_search_version_delete on orders`.execute(db);
  await sql`drop trigger order_search_version_insert on orders`.execute(db);
  await sql`drop function order_search_version_after_update()`.execute(db);
  await sql`drop function order_search_version_after_insert_or_delete()`.execute(db);
  await db.schema.dropTable('order_search_versions').execute();
  await sql`drop sequence order_search_version`.execute(db);
}
