import { sql, type CompiledQuery, type Insertable, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { ORDER_STATUSES, STATUS_RANK, type Order, type OrderStatus } from '@/domain';
import type {
  ActivityEntry,
  OrderIdsParams,
  OrderListParams,
  SortField,
  StatusCounts,
  StatusFilter,
} from '@/api/contract';
import { isJoinedArrayOfWords, JsonText } from '@/backend/json-text';
import type { MatchingOrders, NewActivity, OrderPage, OrderStore, OrderWrites } from '@/backend/order-store';
import { customerSortKey, orderSearchParts, searchNeedle } from '@/backend/order-search';
import { executePrepared } from './database';
import type { SearchCounts } from './search-counts';
import type { Database, OrdersTable } from './schema';

const SORT_COLUMNS = {
  createdAt: 'created_at',
  totalCents: 'total_cents',
  customer: 'customer_key',
  status: 'status_rank',
} as const satisfies Record<SortField, keyof OrdersTable>;

/** Search parts are kept one a line; a query with a line break can't match across two of them. */
const PART_SEPARATOR = '\n';

/**
 * The order's search parts, one a line, leaving out a part another part contains ("1500" beside
 * "#1500", a recipient who is the customer): they could match nothing the other doesn't, and the
 * trigram index is a sixth smaller without them.
 */
function searchText(order: Order): string {
  const parts = [...new Set(orderSearchParts(order))];
  return parts
    .filter((part, index) => !parts.some((other, otherIndex) => otherIndex !== index && other.includes(part)))
    .join(PART_SEPARATOR);
}

/** The order's columns, its document as the order itself. */
export function orderColumns(merchantId: string, order: Order) {
  return {
    merchant_id: merchantId,
    id: order.id,
    code: order.code,
    status: order.status,
    status_rank: STATUS_RANK[order.status],
    version: order.version,
    created_at: order.createdAt,
    paid_at: order.paidAt,
    total_cents: order.totalCents,
    customer_key: customerSortKey(order),
    search_text: searchText(order),
    document: order,
  };
}

export function orderRow(merchantId: string, order: Order): Insertable<OrdersTable> {
  return { ...orderColumns(merchantId, order), document: JSON.stringify(order) };
}

function countsOf(stored: Record<string, number> | null): StatusCounts {
  const counts = Object.fromEntries(['all', ...ORDER_STATUSES].map((status) => [status, 0])) as StatusCounts;
  for (const status of ORDER_STATUSES) {
    counts[status] = Number(stored?.[status] ?? 0);
    counts.all += counts[status];
  }
  return counts;
}

const likeContaining = (needle: string) => `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One merchant's orders in PostgreSQL: every query is scoped to that merchant. */
export class SqlOrderStore implements OrderStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly merchantId: string,
    /** Searches' counts this process has made, used again while the store's search version stands. */
    private readonly searchCounts?: SearchCounts,
  ) {}

  private current(db: Kysely<Database> = this.db, q = '') {
    const needle = searchNeedle(q);
    let query = db.selectFrom('orders').where('merchant_id', '=', this.merchantId).where('deleted_at', 'is', null);
    if (needle.includes(PART_SEPARATOR)) query = query.where(sql<boolean>`false`);
    else if (needle !== '') query = query.where('search_text', 'like', likeContaining(needle));
    return query;
  }

  private filtered(status: StatusFilter, q: string, db: Kysely<Database> = this.db) {
    const query = this.current(db, q);
    return status === 'all' ? query : query.where('status', '=', status);
  }

  /**
   * One statement, so the page and the counts read one snapshot and the total always agrees with
   * the page. The page's keys come from the sort's index alone (however deep the page), then only
   * its rows are read. The counts come from order_counts; a search's are counted, unless this
   * process counted the same search at the store's current search version (migration 0004).
   */
  async list(params: OrderListParams): Promise<OrderPage> {
    const descending = params.sort.startsWith('-');
    const field = (descending ? params.sort.slice(1) : params.sort) as SortField;
    const direction = descending ? 'desc' : 'asc';
    const column = SORT_COLUMNS[field];
    // Within one status tab every order has the same rank: the id alone orders it.
    const bySort = !(field === 'status' && params.status !== 'all');
    let keys = this.filtered(params.status, params.q).select(['id', `${column} as sort_key`]);
    if (bySort) keys = keys.orderBy(column, direction);
    keys = keys
      .orderBy('id', direction)
      .limit(params.pageSize)
      .offset((params.page - 1) * params.pageSize);
    // Fixed keywords, chosen by the parsed sort: nothing of the request's text reaches the SQL.
    const way = descending ? sql`desc` : sql`asc`;
    const order = bySort ? sql`k.sort_key ${way}, k.id ${way}` : sql`k.id ${way}`;
    const needle = searchNeedle(params.q);
    const known = needle === '' ? undefined : this.searchCounts?.get(this.merchantId, needle);
    const page = sql<{
      items: string | null;
      counts: Record<string, number> | null;
      version: number | null;
      unchanged: boolean | null;
    }>`
      with k as (${keys})${needle === '' ? sql`` : sql`, v as (${this.searchVersion()})`}
      select
        (select json_agg(o.document order by ${order})::text from k
          join orders o on o.merchant_id = ${this.merchantId} and o.id = k.id) as items,
        ${needle === '' ? this.storedCounts() : this.searchCountsUnless(params.q, known?.version)}`;
    const [row] = (await this.read(page.compile(this.db), params.q)).rows;
    let counts: StatusCounts;
    if (known && row?.unchanged) counts = known.counts;
    else {
      counts = countsOf(row?.counts ?? null);
      if (needle !== '' && row?.version != null) {
        this.searchCounts?.set(this.merchantId, needle, { version: row.version, counts });
      }
    }
    return { items: new JsonText<Order[]>(row?.items ?? '[]'), total: counts[params.status], counts };
  }

  /**
   * Lists and pages are prepared once per connection; a search is not, as PostgreSQL could settle on
   * one plan for every search term, and the best plan for "a" is not the best plan for "#1042".
   */
  private read<R>(query: CompiledQuery<R>, q: string) {
    return searchNeedle(q) === '' ? executePrepared(this.db, query) : this.db.executeQuery(query);
  }

  /** The counts per status as one JSON object, as the database keeps them. */
  private storedCounts() {
    return sql`(select json_object_agg(status, count) from order_counts where merchant_id = ${this.merchantId}) as counts,
      null::bigint as version, null::boolean as unchanged`;
  }

  /** The store's search version: a new number after any change a search could count (migration 0004). */
  private searchVersion() {
    return sql`select coalesce(
      (select version from order_search_versions where merchant_id = ${this.merchantId}), 0) as version`;
  }

  /**
   * A search's counts per status, as one JSON object — unless the store's search version is still
   * `knownVersion`, the one the counts at hand were made at: then PostgreSQL never runs the count.
   */
  private searchCountsUnless(q: string, knownVersion: number | undefined) {
    const counted = this.current(this.db, q)
      .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('status');
    const unchanged = sql`(select version from v) = ${knownVersion ?? -1}::bigint`;
    return sql`(select version from v) as version, ${unchanged} as unchanged,
      case when ${unchanged} then null else (select json_object_agg(c.status, c.count) from (${counted}) c) end as counts`;
  }

  /**
   * Every id of a filter, newest first, with its status: read in the index's order (no sort), and
   * written by PostgreSQL as the answer's JSON array in the cheapest way it has, joining the ids
   * with `","`, so a tab of 200,000 orders never becomes 200,000 strings in the server. In a status
   * tab every status is the tab's, so that array is the tab's name repeated, and PostgreSQL (for
   * which joining 200,000 statuses costs twice what the ids do) leaves it out. Joining needs items
   * with nothing to escape; ids and statuses are made by the server alone and have none, and an
   * answer that had one is written again the careful way.
   */
  async matching(params: OrderIdsParams): Promise<MatchingOrders> {
    const tab = params.status === 'all' ? null : params.status;
    const rows = this.filtered(params.status, params.q)
      .select(['id', 'status'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc');
    const statuses = tab
      ? sql`null::text as statuses, null::bigint as "statusChars"`
      : sql`${joinedArray(sql.ref('m.status'))} as statuses, sum(length(m.status)) as "statusChars"`;
    // Counts come back as text (bigint, numeric), null for no rows.
    const joined = sql<{
      ids: string | null;
      statuses: string | null;
      total: string;
      idChars: string | null;
      statusChars: string | null;
    }>`
      select ${joinedArray(sql.ref('m.id'))} as ids, count(*) as total, sum(length(m.id)) as "idChars", ${statuses}
      from (${rows}) m`;
    const [found] = (await this.read(joined.compile(this.db), params.q)).rows;
    const total = Number(found?.total ?? 0);
    const ids = found?.ids ?? '[]';
    // A tab's status is one of the statuses the query parsed: a word.
    const statusArray = tab ? repeatedArray(tab, total) : (found?.statuses ?? '[]');
    if (
      isJoinedArrayOfWords(ids, total, Number(found?.idChars ?? 0)) &&
      (tab !== null || isJoinedArrayOfWords(statusArray, total, Number(found?.statusChars ?? 0)))
    ) {
      return { ids: new JsonText(ids), statuses: new JsonText(statusArray), total };
    }
    const careful = sql<{ ids: string[] | null; statuses: OrderStatus[] | null }>`
      select json_agg(m.id) as ids, json_agg(m.status) as statuses from (${rows}) m`;
    const [arrays] = (await this.read(careful.compile(this.db), params.q)).rows;
    return { ids: arrays?.ids ?? [], statuses: arrays?.statuses ?? [], total: arrays?.ids?.length ?? 0 };
  }

  async get(id: string): Promise<Order | undefined> {
    const { rows } = await executePrepared(this.db, this.current().select('document').where('id', '=', id).compile());
    return rows[0]?.document;
  }

  async activity(orderId: string): Promise<ActivityEntry[]> {
    const rows = await this.db
      .selectFrom('order_activity')
      .where('merchant_id', '=', this.merchantId)
      .where('order_id', '=', orderId)
      .selectAll()
      .orderBy('id', 'desc')
      .execute();
    return rows.map((row) => ({
      id: `act_${row.id}`,
      at: new Date(row.at).toISOString(),
      actor: { id: row.user_id, name: row.user_name },
      action: row.action,
      changes: row.changes,
      detail: row.detail,
      requestId: row.request_id,
    }));
  }

  transaction<T>(work: (tx: OrderWrites) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(this.writes(trx)));
  }

  private writes(trx: Transaction<Database>): OrderWrites {
    const merchantId = this.merchantId;
    const orders = () => trx.selectFrom('orders').where('merchant_id', '=', merchantId);
    return {
      getForUpdate: async (id) => {
        const row = await orders()
          .where('id', '=', id)
          .where('deleted_at', 'is', null)
          .select('document')
          .forUpdate()
          .executeTakeFirst();
        return row?.document;
      },
      statusesForUpdate: async (ids) => {
        if (ids.length === 0) return new Map();
        const rows = await orders()
          .where('id', '=', sql<string>`any(${sql.val([...ids])}::text[])`)
          .where('deleted_at', 'is', null)
          .select(['id', 'status'])
          .orderBy('id')
          .forUpdate()
          .execute();
        return new Map(rows.map((row) => [row.id, row.status]));
      },
      nextCreated: async () => {
        const merchant = await trx
          .updateTable('merchants')
          .set((eb) => ({ created_orders: eb('created_orders', '+', 1) }))
          .where('id', '=', merchantId)
          .returning(['created_orders', 'seed_orders'])
          .executeTakeFirstOrThrow();
        const sequence = merchant.created_orders;
        return {
          id: `ord_c${String(sequence).padStart(5, '0')}`,
          code: String(1001 + merchant.seed_orders + sequence - 1),
        };
      },
      insert: async (order) => {
        await trx.insertInto('orders').values(orderRow(merchantId, order)).execute();
      },
      update: async (order, expectedVersion) => {
        const { merchant_id: _m, id: _i, ...changes } = orderRow(merchantId, order);
        const result = await trx
          .updateTable('orders')
          .set(changes)
          .where('merchant_id', '=', merchantId)
          .where('id', '=', order.id)
          .where('version', '=', expectedVersion)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        return result.numUpdatedRows === 1n;
      },
      // One statement: a locking read in id order (whatever scan the planner picks for the update,
      // which for a few dozen ids may be the table's own order: two deletes would then lock
      // overlapping rows in different orders and deadlock), the update of those rows, and their
      // trail rows from the rows it updated. It locks every current order named, not only those it
      // deletes: the statement ends holding the store's search version (migration 0004), and an
      // edit holding one of the others, waiting for that version, would otherwise deadlock with it.
      markDeleted: async (ids, statuses, at, entry) => {
        if (ids.length === 0 || statuses.length === 0) return new Set();
        const locked = orders()
          .where('id', '=', sql<string>`any(${sql.val([...ids])}::text[])`)
          .where('deleted_at', 'is', null)
          .select(['id', 'status'])
          .orderBy('id')
          .forUpdate();
        const { rows } = await sql<{ id: string }>`
          with locked as materialized (${locked}), deleted as (
            update orders o set deleted_at = ${at} from locked
            where o.merchant_id = ${merchantId} and o.id = locked.id
              and locked.status = any(${sql.val([...statuses])}::text[]) returning o.id), trail as (
            insert into order_activity (merchant_id, order_id, at, user_id, user_name, action, changes, detail, request_id)
            select ${merchantId}, id, ${entry.at}::timestamptz, ${entry.actor.id}, ${entry.actor.name}, ${entry.action},
              ${JSON.stringify(entry.changes)}::jsonb, ${entry.detail}, ${entry.requestId}
            from deleted)
          select id from deleted`.execute(trx);
        return new Set(rows.map((row) => row.id));
      },
      deletedAt: async (ids) => {
        if (ids.length === 0) return new Map();
        const rows = await orders()
          .where('id', '=', sql<string>`any(${sql.val([...ids])}::text[])`)
          .where('deleted_at', 'is not', null)
          .select(['id', 'deleted_at'])
          .orderBy('id')
          .forUpdate()
          .execute();
        return new Map(rows.flatMap((row) => (row.deleted_at ? [[row.id, new Date(row.deleted_at)] as const] : [])));
      },
      undelete: async (ids) => {
        await trx
          .updateTable('orders')
          .set({ deleted_at: null })
          .where('merchant_id', '=', merchantId)
          .where('id', '=', sql<string>`any(${sql.val([...ids])}::text[])`)
          .execute();
      },
      findAnswer: async (orderId, key) => {
        const row = await trx
          .selectFrom('refund_answers')
          .where('merchant_id', '=', merchantId)
          .where('order_id', '=', orderId)
          .where('key', '=', key)
          .select(['status', 'body'])
          .executeTakeFirst();
        return row ? { status: row.status, body: row.body } : undefined;
      },
      rememberAnswer: async (orderId, key, answer) => {
        await trx
          .insertInto('refund_answers')
          .values({
            merchant_id: merchantId,
            order_id: orderId,
            key,
            status: answer.status,
            body: JSON.stringify(answer.body),
          })
          .execute();
      },
      recordActivity: async (entries) => {
        if (entries.length === 0) return;
        const column = <T>(value: (entry: NewActivity) => T) => sql.val(entries.map(value));
        // One array per column, so a bulk delete's 10,000 entries are 8 parameters (a statement takes
        // at most 65,535) that PostgreSQL reads as plain values, with no JSON document to take apart.
        await sql`
          insert into order_activity (merchant_id, order_id, at, user_id, user_name, action, changes, detail, request_id)
          select ${merchantId}, entry.* from unnest(
            ${column((entry) => entry.orderId)}::text[],
            ${column((entry) => entry.at)}::timestamptz[],
            ${column((entry) => entry.actor.id)}::text[],
            ${column((entry) => entry.actor.name)}::text[],
            ${column((entry) => entry.action)}::text[],
            ${column((entry) => JSON.stringify(entry.changes))}::jsonb[],
            ${column((entry) => entry.detail)}::text[],
            ${column((entry) => entry.requestId)}::text[]
          ) as entry`.execute(trx);
      },
    };
  }
}

/** A column's values in order as a JSON array, by joining them: right only for values with nothing to escape. */
function joinedArray(column: RawBuilder<unknown>) {
  return sql<string>`'["' || replace(string_agg(${column}, ','), ',', '","') || '"]'`;
}

/** `count` times `word`, as the JSON array PostgreSQL's join would have written. */
function repeatedArray(word: string, count: number): string {
  return count === 0 ? '[]' : `[${`"${word}",`.repeat(count - 1)}"${word}"]`;
}
