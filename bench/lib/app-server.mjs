// The server mode's processes: for each size a fresh PostgreSQL database on DATABASE_URL's server,
// seeded by `npm run seed`, and the server (server/main.ts) serving the production build on a free
// port. The helpers are the server tests' own (tests/server/server-process.ts), loaded through tsx
// for that import alone, so the functions the bench sends into the page stay as written.
import path from 'node:path';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';
import { log, PROD_DIR, ROOT, SERVER_DATABASE } from './cli.mjs';
import { fmtInt } from './report.mjs';
import { runStep } from './server.mjs';

const helpers = () => tsImport('../../tests/server/server-process.ts', import.meta.url);

const HOW_TO_START = [
  'Start one as .ci/run does (Debian, as root):',
  '  pg_ctlcluster 15 main start',
  `  su postgres -c "psql -c 'create role $(id -un) superuser login'"`,
  'then run it again with',
  '  DATABASE_URL="postgres://$(id -un)@/postgres?host=/var/run/postgresql" npm run bench:server',
  `(the bench creates, seeds and at the end drops its own database, ${SERVER_DATABASE}, on that server; the role needs CREATEDB).`,
].join('\n');

/** Why the server mode can't run here, as sentences a person can act on; null when it can. */
export async function postgresProblem() {
  const url = process.env.DATABASE_URL;
  if (!url)
    return `The benchmark against the server needs a PostgreSQL server, named by DATABASE_URL, which is not set.\n${HOW_TO_START}`;
  if (!/^postgres(ql)?:\/\//.test(url)) return `DATABASE_URL is not a postgres:// URL (${url}).\n${HOW_TO_START}`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return `Could not connect to PostgreSQL at DATABASE_URL (${url}): ${error.message}\n${HOW_TO_START}`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The database URL to connect to while dropping and creating the bench's own (any but that one). */
async function adminUrl() {
  const { withDatabase } = await helpers();
  const url = process.env.DATABASE_URL;
  const named = url.match(/^postgres(?:ql)?:\/\/[^/?]*\/([^?]*)/)?.[1];
  return named === SERVER_DATABASE ? withDatabase(url, 'postgres') : url;
}

/** A fresh database with `size` orders in the demo store, seeded by `npm run seed` and then analysed. */
export async function seededDatabase(size) {
  const { freshPostgres } = await helpers();
  const database = await freshPostgres(await adminUrl(), SERVER_DATABASE);
  log(`seeding ${fmtInt(size)} orders into ${SERVER_DATABASE} (npm run seed)…`);
  const started = Date.now();
  runStep(`npm run seed -- --orders ${size}`, 'npm', ['run', '--silent', 'seed', '--', '--orders', String(size)], {
    DATABASE_URL: database.url,
  });
  const seedSeconds = (Date.now() - started) / 1000;
  // What autovacuum does within a minute or two of a bulk load: planner statistics, and the
  // visibility map that lets the list read its keys from the index alone.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const vacuumStarted = Date.now();
  try {
    await client.query('vacuum analyze');
    // And the checkpoint that follows: the load's dirty pages written out now, not during the runs.
    await client.query('checkpoint').catch((error) => log(`checkpoint skipped: ${error.message}`));
  } finally {
    await client.end();
  }
  const vacuumSeconds = (Date.now() - vacuumStarted) / 1000;
  log(`vacuum analyze: ${vacuumSeconds.toFixed(1)} s`);
  return { database, seedSeconds, vacuumSeconds };
}

let running = null;
process.on('exit', () => void running?.stop());

/** The server on a free port, serving the production build from PROD_DIR, until stopAppServer(). */
export async function startAppServer(database) {
  const { startServer } = await helpers();
  running = await startServer(database, { ORDERDESK_DIST: path.join(ROOT, PROD_DIR), LOG_LEVEL: 'warn' }, 120_000);
  return running;
}

export async function stopAppServer() {
  const server = running;
  running = null;
  await server?.stop();
}

/** Drops the bench's database (a million orders hold about a gigabyte or more of disk). */
export async function dropBenchDatabase() {
  const client = new pg.Client({ connectionString: await adminUrl() });
  await client.connect();
  try {
    await client.query(`drop database if exists ${pg.escapeIdentifier(SERVER_DATABASE)} with (force)`);
  } finally {
    await client.end();
  }
}
