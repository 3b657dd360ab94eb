import { sql, type Transaction } from 'kysely';
import type { Database } from './schema';

declare const writtenByCatalog: unique symbol;

/**
 * DDL the database wrote itself, from its own catalog (pg_get_constraintdef, pg_indexes,
 * pg_get_triggerdef, format('%I')): what a seed drops and makes again. No request value is ever
 * one: the type is given only to the rows of a catalog query, by `catalogStatements`.
 */
export type CatalogStatement = string & { readonly [writtenByCatalog]: true };

/** The statements a catalog query answered, one a row. */
export async function catalogStatements(
  trx: Transaction<Database>,
  query: ReturnType<typeof sql<{ statement: string }>>,
): Promise<CatalogStatement[]> {
  return (await query.execute(trx)).rows.map((row) => row.statement as CatalogStatement);
}

/** Runs statements the catalog wrote, in order, in the seed's transaction: the one place such text is run as SQL. */
export async function runCatalogStatements(trx: Transaction<Database>, statements: readonly CatalogStatement[]) {
  for (const statement of statements) await sql.raw(statement).execute(trx);
}
