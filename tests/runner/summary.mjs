// The last lines of `npm test`: each step, then "N passed, N failed" over every suite's tests.
import { existsSync, readFileSync } from 'node:fs';

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

/** Passed and failed tests in a Vitest or Playwright JSON report, or null when there is none. */
export function tallyOf(report) {
  const json = report && readJson(report);
  if (!json) return null;
  if (json.stats) {
    return { passed: json.stats.expected ?? 0, failed: (json.stats.unexpected ?? 0) + (json.stats.flaky ?? 0) };
  }
  return { passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0 };
}

/** Counts tests from the steps' reports; a step that failed with no failed test to show counts once. */
export function countTests(results) {
  let passed = 0;
  let failed = 0;
  for (const step of results) {
    const tally = tallyOf(step.report);
    if (tally) {
      passed += tally.passed;
      failed += tally.failed;
    }
    if (!step.ok && !(tally && tally.failed > 0)) failed += 1;
  }
  return { passed, failed };
}

const sumOfLines = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .reduce((sum, n) => sum + Number(n), 0);

/**
 * The contract runner writes how many requests each test file sent, one number a line, and how
 * many of them asked for another store's orders.
 */
function sentRequests(step) {
  const file = step.report?.replace(/\.json$/, '.counts');
  if (!file || !existsSync(file)) return '';
  const isolation = `${file}.isolation`;
  const cross = existsSync(isolation) ? `, ${sumOfLines(isolation)} of them cross-store` : '';
  return `, ${sumOfLines(file)} requests${cross}`;
}

export function printSummary(results, { passed, failed }) {
  console.log('\nSteps:');
  for (const step of results) {
    const tally = tallyOf(step.report);
    const tests = tally ? `: ${tally.passed} passed, ${tally.failed} failed${sentRequests(step)}` : '';
    console.log(`  ${step.ok ? 'ok  ' : 'FAIL'} ${step.name}${tests} (${step.seconds.toFixed(1)} s)`);
  }
  console.log(`\n${passed} passed, ${failed} failed`);
}
