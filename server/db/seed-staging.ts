import { sql, type Transaction } from 'kysely';
import pg from 'pg';
import { catalogStatements, runCatalogStatements, type CatalogStatement } from './catalog-statement';
import type { Database } from './schema';

/**
 * A large seed into an empty orders table on a PostgreSQL server fills a table beside it and puts
 * that in its place. Its rows are committed by a connection of their own, so the keys and indexes
 * can be built on two connections at once: PostgreSQL 15 builds a trigram GIN on one core only,
 * and the b-trees take the other. The seed's transaction holds the orders tables locked all along
 * and swaps the tables at its end: the store shows its old orders until the new ones are all in,
 * and keeps them if seeding fails.
 *
 * Only one bulk seed runs at a time (it needs the orders table empty and locked), so the table
 * beside it has one name; a seed that was killed leaves it behind for the next one to drop.
 */
const STAGING = 'orders_seeding';
/** Connections building indexes at once: the GIN on one, every b-tree on the other. */
const INDEX_CONNECTIONS = 2;

export interface StagingPlan {
  /** The staging table, schema-qualified. */
  table: string;
  /** Makes the staging table: the orders table's columns, defaults, checks, collations and storage; no keys, indexes or triggers. */
  create: string[];
  /**
   * Builds the orders table's indexes (its keys' too) on the staging table under temporary names:
   * each build one or more statements for one connection, the slowest kinds first.
   */
  indexes: string[][];
  /**
   * In the seed's transaction: drops the empty orders table and whatever points at it, renames the
   * staging table and its indexes, adds the keys, foreign keys and triggers back, and its owner,
   * grants, comments, replica identity and storage parameters.
   */
  swap: CatalogStatement[];
}

/**
 * How to seed the orders table through a staging table, from the database's own catalog (nothing
 * from a request); undefined when the table has something the swap would not bring back (a view
 * or policy on it, a sequence it owns, inheritance, column grants, generated or identity columns,
 * exclusion constraints …): such a table is loaded in place.
 */
export async function planStaging(trx: Transaction<Database>): Promise<StagingPlan | undefined> {
  const { rows: tables } = await sql<{ table: string; supported: boolean }>`
    select format('%I.%I', n.nspname, ${STAGING}::text) as table,
      c.relkind = 'r' and c.relpersistence = 'p' and c.reltablespace = 0 and not c.relrowsecurity
      and not c.relispartition and c.reloftype = 0
      and not exists (select from pg_inherits where inhrelid = c.oid or inhparent = c.oid)
      and not exists (select from pg_attribute where attrelid = c.oid and attnum > 0 and not attisdropped
        and (attacl is not null or attidentity <> '' or attgenerated <> ''))
      and not exists (select from pg_constraint where conrelid = c.oid and contype not in ('p', 'u', 'f', 'c'))
      and not exists (select from pg_depend d where d.refclassid = 'pg_class'::regclass and d.refobjid = c.oid
        and d.classid not in ('pg_type'::regclass, 'pg_constraint'::regclass, 'pg_trigger'::regclass, 'pg_attrdef'::regclass)
        and not (d.classid = 'pg_class'::regclass
          and (d.objid = c.reltoastrelid or d.objid in (select indexrelid from pg_index where indrelid = c.oid))))
      as supported
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.oid = 'orders'::regclass`.execute(trx);
  const table = tables[0];
  if (!table?.supported) return undefined;

  const statements = (query: ReturnType<typeof sql<{ statement: string }>>) => catalogStatements(trx, query);

  const create = await statements(sql<{ statement: string }>`
    with t as (select c.*, n.nspname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.oid = 'orders'::regclass),
    columns as (
      select a.*, ty.typstorage, ty.typcollation, co.collname, cn.nspname as collschema,
        pg_get_expr(ad.adbin, ad.adrelid) as default_value, col_description(a.attrelid, a.attnum) as comment
      from pg_attribute a join pg_type ty on ty.oid = a.atttypid
        left join pg_collation co on co.oid = a.attcollation left join pg_namespace cn on cn.oid = co.collnamespace
        left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
      where a.attrelid = 'orders'::regclass and a.attnum > 0 and not a.attisdropped),
    options as (
      select coalesce(t.reloptions, '{}') || coalesce(array(
        select 'toast.' || option from pg_class toast, unnest(toast.reloptions) option where toast.oid = t.reltoastrelid
      ), '{}') as all_options from t)
    select 1 as step, 0 as attnum, format('create table %I.%I (%s)%s', t.nspname, ${STAGING}::text,
      (select string_agg(definition, ', ' order by place) from (
        select attnum as place, format('%I %s', attname, format_type(atttypid, atttypmod))
          || case when attcollation <> typcollation then format(' collate %I.%I', collschema, collname) else '' end
          || case when attnotnull then ' not null' else '' end
          || coalesce(' default ' || default_value, '') as definition
        from columns
        union all
        select 32767 + row_number() over (order by conname), format('constraint %I %s', conname, pg_get_constraintdef(oid))
        from pg_constraint where conrelid = t.oid and contype = 'c') definitions),
      case when cardinality(all_options) > 0 then format(' with (%s)', array_to_string(all_options, ', ')) else '' end)
      as statement
    from t, options
    union all
    -- Left to itself, autovacuum would analyze the staging table while its indexes are built, on the cores they need.
    select 2, 0, format('alter table %I.%I set (autovacuum_enabled = off)', t.nspname, ${STAGING}::text) from t
    union all
    select 3, attnum, format('alter table %I.%I alter column %I set storage %s', t.nspname, ${STAGING}::text, attname,
      case attstorage when 'p' then 'plain' when 'e' then 'external' when 'm' then 'main' else 'extended' end)
    from t, columns where attstorage <> typstorage
    union all
    select 4, attnum, format('alter table %I.%I alter column %I set compression %s', t.nspname, ${STAGING}::text, attname,
      case attcompression when 'l' then 'lz4' else 'pglz' end)
    from t, columns where attcompression <> ''
    union all
    select 5, attnum, format('alter table %I.%I alter column %I set statistics %s', t.nspname, ${STAGING}::text, attname,
      attstattarget)
    from t, columns where attstattarget >= 0
    union all
    select 6, attnum, format('alter table %I.%I alter column %I set (%s)', t.nspname, ${STAGING}::text, attname,
      array_to_string(attoptions, ', '))
    from t, columns where attoptions is not null
    union all
    select 7, attnum, format('comment on column %I.%I.%I is %L', t.nspname, ${STAGING}::text, attname, comment)
    from t, columns where comment is not null
    order by step, attnum`);

  const { rows: indexes } = await sql<{ build: string; understood: boolean; swap: string; kind: string }>`
    with i as (
      select x.*, ci.relname as name, am.amname as method, n.nspname, t.relname as table_name,
        pg_get_indexdef(x.indexrelid) as definition, obj_description(x.indexrelid, 'pg_class') as comment,
        format('CREATE %sINDEX %I ON %I.%I USING %s ', case when x.indisunique then 'UNIQUE ' else '' end,
          ci.relname, n.nspname, t.relname, am.amname) as prefix,
        format('%s_%s', ${STAGING}::text, row_number() over (order by ci.relname)) as temporary_name,
        con.conname, con.contype, con.condeferrable, con.condeferred
      from pg_index x join pg_class ci on ci.oid = x.indexrelid join pg_am am on am.oid = ci.relam
        join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace
        left join pg_constraint con on con.conindid = x.indexrelid and con.conrelid = x.indrelid and con.contype in ('p', 'u')
      where x.indrelid = 'orders'::regclass)
    select format('create %sindex %I on %I.%I using %s %s', case when indisunique then 'unique ' else '' end,
        temporary_name, nspname, ${STAGING}::text, method, substr(definition, length(prefix) + 1)) as build,
      starts_with(definition, prefix) as understood,
      case when method <> 'btree' then 'slow' when indisunique then 'unique' else 'btree' end as kind,
      case when contype is null then format('alter index %I.%I rename to %I', nspname, temporary_name, name)
        else format('alter table %I.%I add constraint %I %s using index %I%s%s', nspname, table_name, conname,
          case contype when 'p' then 'primary key' else 'unique' end, temporary_name,
          case when condeferrable then ' deferrable' else '' end,
          case when condeferred then ' initially deferred' else '' end) end as swap
    from i
    order by method = 'btree', not indisunique, indexrelid`.execute(trx);
  // A definition in a shape this doesn't know (pg_get_indexdef of another version) is not rewritten: load in place.
  if (!indexes.every((index) => index.understood)) return undefined;

  const swap = await statements(sql<{ statement: string }>`
    with t as (select c.*, n.nspname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.oid = 'orders'::regclass),
    keys as (
      select con.*, ct.relname as table_name, nt.nspname as table_schema
      from pg_constraint con join pg_class ct on ct.oid = con.conrelid join pg_namespace nt on nt.oid = ct.relnamespace
      where con.conrelid = 'orders'::regclass or (con.confrelid = 'orders'::regclass and con.contype = 'f'))
    -- Foreign keys of other tables pointing at it first: the orders table can't go while one does.
    select 1 as step, 0 as place, format('alter table %I.%I drop constraint %I', table_schema, table_name, conname)
      as statement
    from keys where contype = 'f' and conrelid <> 'orders'::regclass
    union all
    select 2, 0, format('drop table %I.%I', nspname, relname) from t
    union all
    select 3, 0, format('alter table %I.%I rename to %I', nspname, ${STAGING}::text, relname) from t
    union all
    select 4, 0, format('alter table %I.%I reset (autovacuum_enabled)', nspname, relname) from t
    union all
    select 5, 0, format('alter table %I.%I set (%s)', nspname, relname, array_to_string(reloptions, ', '))
    from t where reloptions is not null
    union all
    select 6, row_number() over (), statement from unnest(${sql.val(indexes.map((index) => index.swap))}::text[]) statement
    union all
    select 7, row_number() over (order by table_name, conname),
      format('alter table %I.%I add constraint %I %s', table_schema, table_name, conname, pg_get_constraintdef(oid))
    from keys where contype = 'f'
    union all
    select 8, row_number() over (order by tgname), pg_get_triggerdef(tr.oid)
    from pg_trigger tr where tgrelid = 'orders'::regclass and not tgisinternal
    union all
    select 9, row_number() over (order by tgname), format('alter table %I.%I %s trigger %I', nspname, relname,
      case tgenabled when 'D' then 'disable' when 'R' then 'enable replica' else 'enable always' end, tgname)
    from t, pg_trigger tr where tgrelid = t.oid and not tgisinternal and tgenabled <> 'O'
    union all
    select 10, 0, format('alter table %I.%I owner to %I', nspname, relname, pg_get_userbyid(relowner))
    from t where pg_get_userbyid(relowner) <> current_user
    union all
    select 11, row_number() over (), format('grant %s on %I.%I to %s%s', a.privilege_type, nspname, relname,
      case a.grantee when 0 then 'public' else quote_ident(pg_get_userbyid(a.grantee)) end,
      case when a.is_grantable then ' with grant option' else '' end)
    from t, aclexplode(t.relacl) a where a.grantee <> t.relowner
    union all
    select 12, 0, format('comment on table %I.%I is %L', nspname, relname, obj_description(oid, 'pg_class'))
    from t where obj_description(oid, 'pg_class') is not null
    union all
    select 13, row_number() over (), format('comment on index %I.%I is %L', t.nspname, ci.relname, obj_description(ci.oid, 'pg_class'))
    from t, pg_index x join pg_class ci on ci.oid = x.indexrelid
    where x.indrelid = t.oid and obj_description(ci.oid, 'pg_class') is not null
    union all
    select 14, row_number() over (), format('comment on constraint %I on %I.%I is %L', conname, table_schema, table_name,
      obj_description(oid, 'pg_constraint'))
    from keys where obj_description(oid, 'pg_constraint') is not null
    union all
    select 15, row_number() over (), format('comment on trigger %I on %I.%I is %L', tgname, nspname, relname,
      obj_description(tr.oid, 'pg_trigger'))
    from t, pg_trigger tr where tgrelid = t.oid and not tgisinternal and obj_description(tr.oid, 'pg_trigger') is not null
    union all
    select 16, 0, format('alter table %I.%I replica identity %s', t.nspname, t.relname, case t.relreplident
      when 'n' then 'nothing' when 'f' then 'full'
      else (select format('using index %I', ci.relname) from pg_index x join pg_class ci on ci.oid = x.indexrelid
        where x.indrelid = t.oid and x.indisreplident) end)
    from t where t.relreplident <> 'd'
    union all
    select 17, 0, format('alter table %I.%I cluster on %I', t.nspname, t.relname, ci.relname)
    from t, pg_index x join pg_class ci on ci.oid = x.indexrelid where x.indrelid = t.oid and x.indisclustered
    order by step, place`);

  // The unique ones are built one after another in their order (one build), so a duplicate is reported by the same key as before.
  const builds = [
    ...indexes.filter((index) => index.kind === 'slow').map((index) => [index.build]),
    indexes.filter((index) => index.kind === 'unique').map((index) => index.build),
    ...indexes.filter((index) => index.kind === 'btree').map((index) => [index.build]),
  ].filter((build) => build.length > 0);
  return { table: table.table, create, indexes: builds, swap };
}

/**
 * Loads the orders through the staging table: makes it and `load`s it on a connection of its own
 * (created in the same transaction, so COPY may FREEZE the rows), commits, builds its indexes on
 * two connections at once, then swaps it in within the seed's transaction. A failure anywhere
 * drops the staging table; the seed's transaction still holds the orders table as it was.
 */
export async function loadThroughStaging(
  trx: Transaction<Database>,
  pool: pg.Pool,
  plan: StagingPlan,
  options: {
    maintenanceMemory: string;
    load: (client: pg.Client, table: string) => Promise<void>;
    /** What the seed's transaction does with the swapped table (its counts, statistics): a failure there undoes the swap too. */
    finish: () => Promise<void>;
  },
): Promise<void> {
  let staging: number | undefined;
  try {
    staging = await withClient(pool, async (client) => {
      // A staging table left by a seed that was killed (no other bulk seed can be running: the orders table is ours).
      await client.query(`drop table if exists ${plan.table}`);
      return inTransaction(client, async () => {
        await client.query('set local synchronous_commit = off');
        // The database's own definitions, read from its catalog: nothing from a request.
        for (const statement of plan.create) await client.query(statement);
        const { rows } = await client.query<{ oid: number }>('select to_regclass($1)::oid as oid', [plan.table]);
        await options.load(client, plan.table);
        return rows[0]?.oid;
      });
    });
    await buildIndexes(pool, plan.indexes, options.maintenanceMemory);
    // Locks taken after a savepoint go when it is rolled back to: a failed swap frees the staging table to be dropped.
    await sql`savepoint orders_swap`.execute(trx);
    try {
      await runCatalogStatements(trx, plan.swap);
      await options.finish();
    } catch (error) {
      await sql`rollback to savepoint orders_swap`.execute(trx).catch(() => undefined);
      throw error;
    }
    await sql`release savepoint orders_swap`.execute(trx);
    // Should the transaction still fail after this, its rollback brings the staging table back: the caller drops it.
    leftStaging.set(trx, () => dropStaging(pool, plan.table, staging ?? 0));
  } catch (error) {
    if (staging !== undefined) await dropStaging(pool, plan.table, staging).catch(() => undefined);
    throw error;
  }
}

const leftStaging = new WeakMap<Transaction<Database>, () => Promise<void>>();

/**
 * After a transaction that seeded through a staging table has failed: drops the staging table its
 * rollback brought back (nothing when it never got so far). Until then a later bulk seed drops it.
 */
export async function dropLeftStaging(trx: Transaction<Database> | undefined): Promise<void> {
  const drop = trx && leftStaging.get(trx);
  if (drop) await drop().catch(() => undefined);
}

/** Runs the index builds on up to two connections, each taking the next build when done, the slowest first. */
async function buildIndexes(pool: pg.Pool, builds: string[][], maintenanceMemory: string) {
  const queue = [...builds];
  let failed = false;
  const connection = () =>
    withClient(pool, (client) =>
      inTransaction(client, async () => {
        await client.query('set local synchronous_commit = off');
        await client.query(`set local maintenance_work_mem = '${maintenanceMemory}'`);
        // Each connection has a core to itself: parallel workers on top would only take turns with the other build.
        await client.query('set local max_parallel_maintenance_workers = 0');
        for (let build = queue.shift(); build !== undefined && !failed; build = queue.shift()) {
          // Definitions from the database's own catalog (pg_get_indexdef), on the staging table.
          for (const statement of build) {
            await client.query(statement).catch((error: unknown) => {
              failed = true;
              throw error;
            });
          }
        }
      }),
    );
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(INDEX_CONNECTIONS, builds.length) }, connection),
  );
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/** Drops the staging table this seed made (by its oid: never another seed's), once nothing holds it. */
async function dropStaging(pool: pg.Pool, table: string, oid: number) {
  await withClient(pool, (client) =>
    inTransaction(client, async () => {
      const { rows } = await client.query<{ oid: number | null }>('select to_regclass($1)::oid as oid', [table]);
      if (rows[0]?.oid === oid) await client.query(`drop table ${table}`);
    }),
  );
}

/**
 * Work on a connection of its own to the pool's server, not one of the pool's: those may all be
 * taken by requests waiting for the orders table the seed holds, and the seed would wait on them.
 */
async function withClient<T>(pool: pg.Pool, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(pool.options);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function inTransaction<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    const result = await work();
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}
