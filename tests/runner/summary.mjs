// The last lines of `npm test`: each step, then "N passed, N failed" over every suite's tests.
import { existsSync, readFileSync } from 'node:fs';

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

/** Counts tests from the runners' JSON reports; a step that failed with no failed test to show counts once. */
export function countTests(reportsDir, results) {
  let passed = 0;
  let failed = 0;
  const vitest = readJson(`${reportsDir}/vitest.json`);
  if (vitest) {
    passed += vitest.numPassedTests ?? 0;
    failed += vitest.numFailedTests ?? 0;
  }
  const playwright = readJson(`${reportsDir}/playwright.json`);
  if (playwright?.stats) {
    passed += playwright.stats.expected ?? 0;
    failed += (playwright.stats.unexpected ?? 0) + (playwright.stats.flaky ?? 0);
  }
  for (const step of results) {
    const counted =
      (step.name === 'unit and integration' && vitest && (vitest.numFailedTests ?? 0) > 0) ||
      (step.name === 'browser' && playwright?.stats && (playwright.stats.unexpected ?? 0) > 0);
    if (!step.ok && !counted) failed += 1;
  }
  return { passed, failed };
}

export function printSummary(results, { passed, failed }) {
  console.log('\nSteps:');
  for (const step of results) console.log(`  ${step.ok ? 'ok  ' : 'FAIL'} ${step.name} (${step.seconds.toFixed(1)} s)`);
  console.log(`\n${passed} passed, ${failed} failed`);
}
