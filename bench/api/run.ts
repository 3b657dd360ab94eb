/**
 * `npm run bench:api`: the server's speed at 100,000 and 1,000,000 orders. For each database
 * (PostgreSQL at DATABASE_URL, and the embedded PGlite) and size: seeds a fresh store, times each
 * request's queries in the database (EXPLAIN ANALYZE), starts the server, and drives it over HTTP
 * with autocannon at 1 and 16 connections. Prints a table, writes bench/results-api.json and the
 * README's table. Slow figures never fail it.
 *
 * Options: --sizes 100000,1000000  --databases postgres,pglite  --seconds 5  --baseline (also keep
 * the results as bench/results-api-baseline.json, the "before" of the README's comparison).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import os from 'node:os';
import { measureStore, type StoreFigures } from './measure';

const RESULTS = 'bench/results-api.json';
import { writeApiReadmeTable } from './readme';
import { printTable } from './report';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    databases: { type: 'string', default: 'postgres,pglite' },
    seconds: { type: 'string', default: '5' },
    baseline: { type: 'boolean', default: false },
  },
});

async function main() {
  const sizes = values.sizes.split(',').map(Number);
  const databases = values.databases.split(',') as ('postgres' | 'pglite')[];
  const seconds = Number(values.seconds);
  const runs: StoreFigures[] = [];
  for (const database of databases) {
    if (database === 'postgres' && !process.env.DATABASE_URL) {
      console.log('PostgreSQL: not measured (DATABASE_URL names no server; .ci/run shows how to start one)');
      continue;
    }
    for (const size of sizes) {
      console.log(`\n== ${database}, ${size.toLocaleString('en-US')} orders ==`);
      const figures = await measureStore({ database, size, seconds });
      printTable(figures);
      runs.push(figures);
    }
  }
  // Runs of other databases and sizes from earlier invocations stay, so the stores can be measured one at a time.
  const earlier: StoreFigures[] =
    values.baseline || !existsSync(RESULTS)
      ? []
      : (JSON.parse(readFileSync(RESULTS, 'utf8')) as { runs: StoreFigures[] }).runs;
  const kept = earlier.filter((old) => !runs.some((run) => run.database === old.database && run.size === old.size));
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
    },
    node: process.version,
    seconds,
    runs: [...kept, ...runs].sort((a, b) => a.database.localeCompare(b.database) || a.size - b.size),
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  if (values.baseline) writeFileSync('bench/results-api-baseline.json', `${JSON.stringify(results, null, 2)}\n`);
  await writeApiReadmeTable(results);
  console.log('\nWrote bench/results-api.json and the README table.');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
