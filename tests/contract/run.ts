/**
 * `npm run test:contract -- --base-url URL`: the contract suite against any backend.
 * `-- --server pglite` or `-- --server postgres` (DATABASE_URL names the server) starts this
 * repository's server on a fresh database first. Without options: the demo backend (MSW).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { freshPglite, freshPostgres, startServer, type RunningServer } from '../server/server-process';

const { values } = parseArgs({
  options: { 'base-url': { type: 'string' }, server: { type: 'string' }, json: { type: 'string' } },
});

async function main(): Promise<number> {
  let server: RunningServer | null = null;
  let baseUrl = values['base-url'];
  let name = baseUrl ? 'server' : 'msw';
  if (values.server === 'pglite') {
    server = await startServer(freshPglite());
    name = 'pglite';
  } else if (values.server === 'postgres') {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('--server postgres needs DATABASE_URL, e.g. postgres://user@host/db');
    server = await startServer(await freshPostgres(url, 'orderdesk_contract'));
    name = 'postgres';
  } else if (values.server) {
    throw new Error(`--server takes pglite or postgres, not ${values.server}`);
  }
  if (server) baseUrl = server.baseUrl;

  mkdirSync('.reports', { recursive: true });
  const report = `.reports/contract-${name}.counts`;
  rmSync(report, { force: true });
  const args = ['vitest', 'run', '--config', 'vitest.contract.config.ts'];
  if (values.json) args.push('--reporter=default', '--reporter=json', `--outputFile.json=${values.json}`);
  const run = spawnSync('npx', args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      CONTRACT_BACKEND: name,
      CONTRACT_REPORT: report,
      ...(baseUrl ? { CONTRACT_BASE_URL: baseUrl } : {}),
    },
  });
  await server?.stop();
  const requests = existsSync(report)
    ? readFileSync(report, 'utf8')
        .split('\n')
        .filter(Boolean)
        .reduce((sum, line) => sum + Number(line), 0)
    : 0;
  console.log(`\ncontract suite on ${name}${baseUrl ? ` (${baseUrl})` : ''}: ${requests} requests sent`);
  return run.status ?? 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
