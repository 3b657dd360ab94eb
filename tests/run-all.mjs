// `npm test`: every check in order — typecheck, lint, unit and integration tests (Vitest), the API
// contract suite on the demo backend, on the server with PGlite and (when DATABASE_URL names a
// server) on PostgreSQL, the server's own tests, both builds, browser tests (Playwright) — then
// one line "N passed, N failed" over all suites. Each step is one `run(...)` line.
import { mkdirSync, rmSync } from 'node:fs';
import { ensureChromium } from './runner/chromium.mjs';
import { createSteps } from './runner/steps.mjs';
import { countTests, printSummary } from './runner/summary.mjs';

const REPORTS = '.reports';

// A missing browser would fail every browser test one by one: stop before anything runs instead.
const missingBrowser = ensureChromium();
if (missingBrowser) {
  console.error(`\n${missingBrowser}\n`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const { run, results } = createSteps();
const vitestJson = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/${file}`];

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint', 'npm', ['run', '--silent', 'lint']);
run('unit and integration', 'npx', ['vitest', 'run', ...vitestJson('vitest.json')], `${REPORTS}/vitest.json`);
const backends = ['msw', 'pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];
for (const backend of backends) {
  const report = `${REPORTS}/contract-${backend}.json`;
  const server = backend === 'msw' ? [] : ['--server', backend];
  run(`contract suite on ${backend}`, 'npx', ['tsx', 'tests/contract/run.ts', '--json', report, ...server], report);
}
if (!process.env.DATABASE_URL) console.log('\n(contract suite on PostgreSQL not run: DATABASE_URL names no server)');
run(
  'server',
  'npx',
  ['vitest', 'run', '--config', 'vitest.server.config.ts', ...vitestJson('server.json')],
  `${REPORTS}/server.json`,
);
const demoBuilt = run('demo build', 'npx', [
  'vite',
  'build',
  '--mode',
  'demo',
  '--outDir',
  'dist-demo',
  '--logLevel',
  'warn',
]);
const built = demoBuilt && run('production build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
if (built) run('browser', 'npx', ['playwright', 'test'], `${REPORTS}/playwright.json`);

const counts = countTests(results);
printSummary(results, counts);
process.exit(counts.failed === 0 && results.every((s) => s.ok) ? 0 : 1);
