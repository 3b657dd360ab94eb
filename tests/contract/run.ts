/**
 * `npm run test:contract -- --base-url URL`: the contract suite against any backend.
 * `-- --server pglite` or `-- --server postgres` (DATABASE_URL names the server) starts this
 * repository's server on a fresh database first. Without options: the demo backend (MSW).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  freshPglite,
  freshPostgres,
  startServer,
  type RunningServer,
  type TestDatabase,
} from '../server/server-process';
import { openDatabase } from '../../server/db/database';
import { createDemoStore, createStore } from '../../server/db/merchants';
import { migrateToLatest } from '../../server/db/migrate';

/** The second store the isolation tests sign in to. */
const OTHER_STORE = { email: 'owner@second-store.test', password: 'second-store-password' };

/** The demo store (as a first start makes it) and a second store with orders of its own. */
async function prepareStores(database: TestDatabase): Promise<void> {
  const open = await openDatabase(database);
  try {
    await migrateToLatest(open.db);
    await createDemoStore(open.db, 500);
    await createStore(open.db, {
      merchant: { name: 'Second Store' },
      owner: { name: 'Bo Lindqvist', ...OTHER_STORE },
      orders: 120,
    });
  } finally {
    await open.close();
  }
}

async function startPrepared(database: TestDatabase): Promise<RunningServer> {
  await prepareStores(database);
  return startServer(database, { ORDERDESK_TRUST_PROXY: 'true' });
}

const { values } = parseArgs({
  options: { 'base-url': { type: 'string' }, server: { type: 'string' }, json: { type: 'string' } },
});

async function main(): Promise<number> {
  let server: RunningServer | null = null;
  let baseUrl = values['base-url'];
  let name = baseUrl ? 'server' : 'msw';
  if (values.server === 'pglite') {
    server = await startPrepared(freshPglite());
    name = 'pglite';
  } else if (values.server === 'postgres') {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('--server postgres needs DATABASE_URL, e.g. postgres://user@host/db');
    server = await startPrepared(await freshPostgres(url, 'orderdesk_contract'));
    name = 'postgres';
  } else if (values.server) {
    throw new Error(`--server takes pglite or postgres, not ${values.server}`);
  }
  if (server) baseUrl = server.baseUrl;

  mkdirSync('.reports', { recursive: true });
  const report = `.reports/contract-${name}.counts`;
  rmSync(report, { force: true });
  rmSync(`${report}.isolation`, { force: true });
  const args = ['vitest', 'run', '--config', 'vitest.contract.config.ts'];
  if (values.json) args.push('--reporter=default', '--reporter=json', `--outputFile.json=${values.json}`);
  const run = spawnSync('npx', args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      CONTRACT_BACKEND: name,
      CONTRACT_REPORT: report,
      ...(baseUrl ? { CONTRACT_BASE_URL: baseUrl } : {}),
      ...(server
        ? {
            CONTRACT_OTHER_EMAIL: OTHER_STORE.email,
            CONTRACT_OTHER_PASSWORD: OTHER_STORE.password,
            CONTRACT_TRUSTS_PROXY: 'true',
          }
        : {}),
    },
  });
  await server?.stop();
  const requests = sumOf(report);
  console.log(`\ncontract suite on ${name}${baseUrl ? ` (${baseUrl})` : ''}: ${requests} requests sent`);
  if (existsSync(`${report}.isolation`)) {
    console.log(`isolation on ${name}: ${sumOf(`${report}.isolation`)} cross-store requests tried, all refused`);
  } else {
    console.log(
      `isolation on ${name}: not run (${server ? 'no second store' : 'set CONTRACT_OTHER_EMAIL and _PASSWORD'})`,
    );
  }
  return run.status ?? 1;
}

function sumOf(file: string): number {
  if (!existsSync(file)) return 0;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .reduce((sum, line) => sum + Number(line), 0);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
