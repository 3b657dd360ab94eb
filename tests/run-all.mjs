// `npm test`: every check in order — typecheck, lint, unit and integration tests (Vitest), the
// contract suite on the demo backend, on the server with PGlite and (when DATABASE_URL answers) on
// PostgreSQL, the server's own tests, both builds, browser tests (Playwright) — then one line
// "N passed, N failed" over all suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const results = [];

function run(name, command, args, report = null) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const outcome = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const ok = outcome.status === 0;
  results.push({ name, ok, report, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

/** Passed and failed tests in a Vitest or Playwright JSON report, or null when there is none. */
function counted(report) {
  const json = report && readJson(report);
  if (!json) return null;
  if (json.stats)
    return { passed: json.stats.expected ?? 0, failed: (json.stats.unexpected ?? 0) + (json.stats.flaky ?? 0) };
  return { passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0 };
}

const vitestJson = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/${file}`];
const postgres = process.env.DATABASE_URL;

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint', 'npm', ['run', '--silent', 'lint']);
run('unit and integration', 'npx', ['vitest', 'run', ...vitestJson('vitest.json')], `${REPORTS}/vitest.json`);
for (const backend of ['msw', 'pglite', ...(postgres ? ['postgres'] : [])]) {
  const args = ['tsx', 'tests/contract/run.ts', '--json', `${REPORTS}/contract-${backend}.json`];
  if (backend !== 'msw') args.push('--server', backend);
  run(`contract suite on ${backend}`, 'npx', args, `${REPORTS}/contract-${backend}.json`);
}
if (!postgres) console.log('\n(contract suite on PostgreSQL not run: set DATABASE_URL to a server to include it)');
run(
  'server',
  'npx',
  ['vitest', 'run', '--config', 'vitest.server.config.ts', ...vitestJson('server.json')],
  `${REPORTS}/server.json`,
);
const built =
  run('demo build', 'npx', ['vite', 'build', '--mode', 'demo', '--outDir', 'dist-demo', '--logLevel', 'warn']) &&
  run('production build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
if (built) run('browser', 'npx', ['playwright', 'test'], `${REPORTS}/playwright.json`);

let passed = 0;
let failed = 0;
for (const step of results) {
  const tally = counted(step.report);
  if (tally) {
    passed += tally.passed;
    failed += tally.failed;
  }
  // A step that failed without a failed test to show for it (typecheck, lint, build, a crashed runner) counts once.
  if (!step.ok && !(tally && tally.failed > 0)) failed += 1;
}

/** The contract runner writes how many requests each test file sent, one number a line. */
function sentRequests(backend) {
  const file = `${REPORTS}/contract-${backend}.counts`;
  if (!existsSync(file)) return '';
  const total = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .reduce((sum, n) => sum + Number(n), 0);
  return `, ${total} requests`;
}

console.log('\nSteps:');
for (const step of results) {
  const tally = counted(step.report);
  const requests = step.name.startsWith('contract suite on ') ? sentRequests(step.name.slice(18)) : '';
  const tests = tally ? `: ${tally.passed} passed, ${tally.failed} failed${requests}` : '';
  console.log(`  ${step.ok ? 'ok  ' : 'FAIL'} ${step.name}${tests} (${step.seconds.toFixed(1)} s)`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.every((s) => s.ok) ? 0 : 1);
