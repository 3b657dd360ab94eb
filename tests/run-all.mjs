// `npm test`: every check in order — typecheck, lint, unit and integration tests (Vitest), the
// demo build, browser tests (Playwright) — then one line "N passed, N failed" over all suites.
// Each step is one `run(...)` line; add a step by adding a line.
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

const counts = countTests(REPORTS, results);
printSummary(results, counts);
process.exit(counts.failed === 0 && results.every((s) => s.ok) ? 0 : 1);
