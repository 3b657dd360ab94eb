// `npm test`: every check in order — typecheck, lint, unit and integration tests (Vitest), the
// demo build, browser tests (Playwright) — then one line "N passed, N failed" over all suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const results = [];

function run(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const outcome = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const ok = outcome.status === 0;
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint', 'npm', ['run', '--silent', 'lint']);
run('unit and integration', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS}/vitest.json`,
]);
const built = run('demo build', 'npx', [
  'vite',
  'build',
  '--mode',
  'demo',
  '--outDir',
  'dist-demo',
  '--logLevel',
  'warn',
]);
if (built) run('browser', 'npx', ['playwright', 'test']);

let passed = 0;
let failed = 0;
const vitest = readJson(`${REPORTS}/vitest.json`);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
}
const playwright = readJson(`${REPORTS}/playwright.json`);
if (playwright?.stats) {
  passed += playwright.stats.expected ?? 0;
  failed += (playwright.stats.unexpected ?? 0) + (playwright.stats.flaky ?? 0);
}
// A step that failed without a test to show for it (typecheck, lint, build, a crashed runner) counts once.
for (const step of results) {
  const counted =
    (step.name === 'unit and integration' && vitest && (vitest.numFailedTests ?? 0) > 0) ||
    (step.name === 'browser' && playwright?.stats && (playwright.stats.unexpected ?? 0) > 0);
  if (!step.ok && !counted) failed += 1;
}

console.log('\nSteps:');
for (const step of results) console.log(`  ${step.ok ? 'ok  ' : 'FAIL'} ${step.name} (${step.seconds.toFixed(1)} s)`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.every((s) => s.ok) ? 0 : 1);
