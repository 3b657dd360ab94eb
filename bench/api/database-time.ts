import { CompiledQuery, type Kysely, type LogEvent } from 'kysely';
import type { Database } from '../../server/db/schema';

export interface CapturedQuery {
  sql: string;
  parameters: readonly unknown[];
  ms: number;
}

/** Collects every query a Kysely sends (give `log` to openDatabase): what an operation asked of the database. */
export function queryRecorder() {
  const captured: CapturedQuery[] = [];
  return {
    log: (event: LogEvent) => {
      if (event.level === 'query') {
        captured.push({ sql: event.query.sql, parameters: event.query.parameters, ms: event.queryDurationMillis });
      }
    },
    /** Runs `work` and answers the queries it sent. */
    async during(work: () => Promise<unknown>): Promise<CapturedQuery[]> {
      captured.splice(0);
      await work();
      return captured.splice(0);
    },
  };
}

type Plan = [{ 'Planning Time': number; 'Execution Time': number }];

/** The database's own time for a read: planning and execution by EXPLAIN ANALYZE, summed over its queries. */
export async function explainedMs(db: Kysely<Database>, queries: readonly CapturedQuery[]): Promise<number> {
  let total = 0;
  for (const query of queries) {
    if (!/^\s*(select|with)\b/i.test(query.sql)) continue;
    const result = await db.executeQuery<{ 'QUERY PLAN': Plan | string }>(
      CompiledQuery.raw(`explain (analyze, format json) ${query.sql}`, [...query.parameters]),
    );
    const raw = result.rows[0]?.['QUERY PLAN'];
    const [plan] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Plan;
    total += plan['Planning Time'] + plan['Execution Time'];
  }
  return total;
}

/** A write's time in the database: its statements as the driver timed them (EXPLAIN ANALYZE would apply them twice). */
export const drivenMs = (queries: readonly CapturedQuery[]) => queries.reduce((sum, query) => sum + query.ms, 0);
