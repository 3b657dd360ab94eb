// `npm run bench`: builds the demo (and a build without the mock, for JS size), serves it, drives
// Debian's chromium through playwright-core over fresh contexts at ?seedOrders=1,000 / 10,000 /
// 100,000, and compares every figure with a no-framework floor page (bench/floor.html) that seeds
// the same orders and renders the same 25 rows. Prints a table, writes bench/results.json and the
// README's benchmark table. Slow figures never fail the command; only a broken build or a page
// that never shows rows does.
//
// The jobs live in bench/lib/: cli (command line, settings), server (builds, preview server),
// instrument (what runs in the page), browser-runs (one app run, one floor run), stats,
// aggregate (figures and targets), js-size and profile (bytes and CPU), report and readme (output).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { aggregate, evaluateTargets } from './lib/aggregate.mjs';
import { APP_STEPS, appRun, floorRun } from './lib/browser-runs.mjs';
import {
  BASE,
  BENCH,
  BUDGET_MS,
  CHROMIUM,
  CHROMIUM_ARGS,
  DEMO_DIR,
  HELP,
  HELP_TEXT,
  LOAD_AT_START,
  log,
  PROD_DIR,
  PROFILE,
  README_ONLY,
  ROOT,
  RUNS,
  SEARCH_QUERY,
  SIZES,
  STARTED,
  WRITE_README,
} from './lib/cli.mjs';
import { gzipBytes, jsShipped } from './lib/js-size.mjs';
import { summarizeProfile } from './lib/profile.mjs';
import { writeReadmeTable } from './lib/readme.mjs';
import { fmtInt, fmtMs, INTERACTIONS, textReport } from './lib/report.mjs';
import { cleanupDirs, runStep, startServer, stopOnSignals, stopServer } from './lib/server.mjs';
import { round } from './lib/stats.mjs';

if (HELP) {
  console.log(HELP_TEXT);
  process.exit(0);
}
if (README_ONLY) {
  writeReadmeTable(JSON.parse(readFileSync(path.join(BENCH, 'results.json'), 'utf8')));
  process.exit(0);
}

let browser = null;
stopOnSignals();

async function main() {
  log(`sizes ${SIZES.join(', ')}; up to ${RUNS} runs each; budget ${BUDGET_MS / 1000} s`);
  runStep('demo build', 'npx', [
    'vite',
    'build',
    '--mode',
    'demo',
    '--outDir',
    DEMO_DIR,
    '--logLevel',
    'warn',
    '--sourcemap',
    'hidden',
  ]);
  runStep('build without the mock', 'npx', [
    'vite',
    'build',
    '--outDir',
    PROD_DIR,
    '--logLevel',
    'warn',
    '--sourcemap',
    'hidden',
  ]);
  runStep('floor build', 'npx', ['vite', 'build', '--config', 'bench/vite.floor.config.mjs', '--logLevel', 'warn']);
  await startServer();
  log(`vite preview on ${BASE}`);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  log(`chromium ${chromiumVersion}`);

  // Warm-up (not counted): disk cache of the OS, V8 code cache of the server, the first SW install.
  await appRun(browser, SIZES[0] ?? 1000).catch((error) => log(`warm-up failed: ${error.message}`));
  await floorRun(browser, SIZES[0] ?? 1000).catch((error) => log(`floor warm-up failed: ${error.message}`));

  const app = Object.fromEntries(SIZES.map((s) => [s, []]));
  const floorRuns = Object.fromEntries(SIZES.map((s) => [s, []]));
  const errors = [];
  let jsPaths = null;
  const roundTimes = [];
  const profileReserve = PROFILE ? 20_000 : 0;
  for (let roundNo = 1; roundNo <= RUNS; roundNo += 1) {
    const elapsed = Date.now() - STARTED;
    const estimate = roundTimes.length ? Math.max(...roundTimes) : 0;
    if (roundNo > 1 && elapsed + estimate + profileReserve + 10_000 > BUDGET_MS) {
      log(`stopping after ${roundNo - 1} rounds: another would end past the ${BUDGET_MS / 1000} s budget`);
      break;
    }
    const roundStart = Date.now();
    for (const size of SIZES) {
      try {
        const result = await appRun(browser, size, { collectJs: jsPaths === null });
        if (jsPaths === null && result.jsUrls.length) jsPaths = result.jsUrls;
        app[size].push(result);
        for (const e of result.errors) errors.push(`run ${roundNo}, ${size} orders: ${e}`);
        const steps = INTERACTIONS.map((k) => `${k} ${fmtMs(result.steps[k]?.ms)}`).join(', ');
        log(`run ${roundNo} · ${fmtInt(size)} orders · load ${fmtMs(result.load)} ms · ${steps}`);
      } catch (error) {
        errors.push(`run ${roundNo}, ${size} orders: ${error.message.split('\n')[0]}`);
        log(`run ${roundNo} · ${fmtInt(size)} orders · FAILED: ${error.message.split('\n')[0]}`);
      }
      try {
        const result = await floorRun(browser, size);
        floorRuns[size].push(result);
        log(
          `run ${roundNo} · ${fmtInt(size)} orders · floor load ${fmtMs(result.load)} ms · next page ${fmtMs(result.nextPage)} ms`,
        );
      } catch (error) {
        errors.push(`floor run ${roundNo}, ${size} orders: ${error.message.split('\n')[0]}`);
      }
    }
    roundTimes.push(Date.now() - roundStart);
  }
  const rounds = roundTimes.length;

  let profile = null;
  const largest = Math.max(...SIZES);
  if (PROFILE && Date.now() - STARTED < BUDGET_MS + 15_000) {
    try {
      const result = await appRun(browser, largest, { profile: true });
      profile = {
        size: largest,
        loadMs: round(result.load),
        ...(await summarizeProfile(result.profile)),
        interactions: Object.fromEntries(
          await Promise.all(
            Object.entries(result.stepProfiles).map(async ([k, p]) => [
              k,
              { ms: round(result.steps[k].ms), ...(await summarizeProfile(p)) },
            ]),
          ),
        ),
      };
      log(`profiled one load at ${fmtInt(largest)} orders`);
    } catch (error) {
      errors.push(`profile: ${error.message.split('\n')[0]}`);
    }
  }

  await browser.close();
  browser = null;
  stopServer();

  const { figures, floor, ratios } = aggregate(SIZES, app, floorRuns);

  const js = jsPaths
    ? await jsShipped(jsPaths)
    : { files: [], withMock: 0, withoutMock: 0, prodFiles: [], prodEntry: 0 };
  js.floor = readdirSync(path.join(ROOT, DEMO_DIR, 'floor', 'assets'))
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipBytes(path.join(ROOT, DEMO_DIR, 'floor', 'assets', f)), 0);

  const targets = evaluateTargets(SIZES, figures, js);

  const cpus = os.cpus();
  const data = {
    date: new Date().toISOString(),
    machine: {
      os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
      memoryGB: round(os.totalmem() / 2 ** 30),
      loadAverageAtStart: LOAD_AT_START,
      loadAverageAtEnd: round(os.loadavg()[0], 2),
      node: process.version,
      chromium: `Chromium ${chromiumVersion}`,
    },
    runtimeSeconds: round((Date.now() - STARTED) / 1000),
    runsPerSize: rounds,
    sizes: SIZES,
    method: {
      url: `${BASE}/?seedOrders=N (fresh browser context per run; demo build served by vite preview)`,
      load: 'performance.now() when a MutationObserver (installed by addInitScript) first sees table[aria-label=Orders] tbody tr with a "Select order" checkbox; 0 = navigation start',
      interactions:
        'in the page: MutationObserver installed, performance.now(), dispatch the click / Enter, performance.now() at the first mutation after which the expected state holds (rows changed and table not aria-busy; bar text; form value)',
      search: `the query "${SEARCH_QUERY}" is typed first (not timed), then Enter is timed; Enter cancels the ${300} ms debounce, so the debounce is not counted`,
      sequence: APP_STEPS.map(([n]) => n).join(' → '),
      floorRatio: 'load ÷ floor load; every interaction ÷ floor "next page" (re-render 25 rows)',
      jsGzip: 'node zlib gzip, default level',
    },
    figures,
    floor,
    ratios,
    js,
    targets,
    profile,
    errors,
    raw: { app, floor: floorRuns },
  };
  writeFileSync(path.join(BENCH, 'results.json'), `${JSON.stringify(data, null, 2)}\n`);
  console.log(textReport(data));
  if (WRITE_README) writeReadmeTable(data);
  const hasData = SIZES.every((size) => figures[size].load);
  return hasData ? 0 : 1;
}
let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`\nbench failed: ${error.stack ?? error}`);
  code = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  stopServer();
  cleanupDirs();
}
process.exit(code);
