import { sql, type Kysely } from 'kysely';

/**
 * Each store's count of current orders per status, kept by the database itself: statement
 * triggers add up what every insert, update or delete changed, so a tab's count is one indexed
 * row instead of a count over up to millions. A statement that changes no status or deletion (an
 * address edit) touches no count row, so edits never wait on each other here. Within a
 * statement the rows are updated in (merchant, status) order, and a write changes counts in one
 * statement only, so two writers can't deadlock on them. (A trigger with transition tables
 * takes one event, hence three.)
 *
 * The list's index for "newest first" also carries each order's status, so the ids of a whole tab
 * and the keys of a deep page come from the index alone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('order_counts')
    .addColumn('merchant_id', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('count', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('order_counts_pkey', ['merchant_id', 'status'])
    .execute();

  await sql`
    create function order_counts_after_insert() returns trigger language plpgsql as $$
    begin
      insert into order_counts as c (merchant_id, status, count)
      select merchant_id, status, count(*) from inserted where deleted_at is null
      group by merchant_id, status order by merchant_id, status
      on conflict (merchant_id, status) do update set count = c.count + excluded.count;
      return null;
    end $$`.execute(db);
  await sql`
    create function order_counts_after_delete() returns trigger language plpgsql as $$
    begin
      insert into order_counts as c (merchant_id, status, count)
      select merchant_id, status, -count(*) from removed where deleted_at is null
      group by merchant_id, status order by merchant_id, status
      on conflict (merchant_id, status) do update set count = c.count + excluded.count;
      return null;
    end $$`.execute(db);
  await sql`
    create function order_counts_after_update() returns trigger language plpgsql as $$
    begin
      insert into order_counts as c (merchant_id, status, count)
      select merchant_id, status, sum(delta) from (
        select merchant_id, status, 1 as delta from updated_new where deleted_at is null
        union all
        select merchant_id, status, -1 from updated_old where deleted_at is null
      ) changes
      group by merchant_id, status having sum(delta) <> 0 order by merchant_id, status
      on conflict (merchant_id, status) do update set count = c.count + excluded.count;
      return null;
    end $$`.execute(db);

  await sql`create trigger order_counts_insert after insert on orders referencing new table as inserted
    for each statement execute function order_counts_after_insert()`.execute(db);
  await sql`create trigger order_counts_delete after delete on orders referencing old table as removed
    for each statement execute function order_counts_after_delete()`.execute(db);
  await sql`create trigger order_counts_update after update on orders
    referencing old table as updated_old new table as updated_new
    for each statement execute function order_counts_after_update()`.execute(db);

  await sql`
    insert into order_counts (merchant_id, status, count)
    select merchant_id, status, count(*) from orders where deleted_at is null group by merchant_id, status`.execute(db);

  await sql`drop index orders_by_created`.execute(db);
  await sql`create index orders_by_created on orders (merchant_id, created_at, id) include (status)
    where deleted_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger order_counts_update on orders`.execute(db);
  await sql`drop trigger order_counts_delete on orders`.execute(db);
  await sql`drop trigger order_counts_insert on orders`.execute(db);
  await sql`drop function order_counts_after_update()`.execute(db);
  await sql`drop function order_counts_after_delete()`.execute(db);
  await sql`drop function order_counts_after_insert()`.execute(db);
  await db.schema.dropTable('order_counts').execute();
  await sql`drop index orders_by_created`.execute(db);
  await sql`create index orders_by_created on orders (merchant_id, created_at, id) where deleted_at is null`.execute(
    db,
  );
}
