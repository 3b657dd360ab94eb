// `npm run bench`: builds the demo (and a build without the mock, for JS size), serves it, drives
// Debian's chromium through playwright-core over fresh contexts at ?seedOrders=1,000 / 10,000 /
// 100,000, and compares every figure with a no-framework floor page (bench/floor.html) that seeds
// the same orders and renders the same 25 rows. Prints a table, writes bench/results.json and the
// README's benchmark table. Slow figures never fail the command; only a broken build or a page
// that never shows rows does.
//
// `npm run bench:server` (`--server`): the same steps against the production build served by the
// server on PostgreSQL (DATABASE_URL) at 1,000 / 100,000 / 1,000,000 orders, each size in a fresh
// database seeded by `npm run seed`, beside a floor page that fetches the same first page from the
// API (bench/floor-server.html). Writes bench/results-server.json and the README's second table.
//
// The jobs live in bench/lib/: cli (command line, settings), server (builds, preview server),
// app-server (database, seed and server for --server), instrument (what runs in the page),
// browser-runs (one app run, one floor run), stats, aggregate (figures and targets), js-size and
// profile (bytes and CPU), report and readme (output).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { aggregate, evaluateTargets, GOALS } from './lib/aggregate.mjs';
import {
  dropBenchDatabase,
  postgresProblem,
  seededDatabase,
  startAppServer,
  stopAppServer,
} from './lib/app-server.mjs';
import { APP_STEPS, appRun, demoSite, floorRun, serverSite } from './lib/browser-runs.mjs';
import {
  BASE,
  BUDGET_MS,
  CHROMIUM,
  CHROMIUM_ARGS,
  DEMO_DIR,
  HELP,
  HELP_TEXT,
  KEEP,
  LOAD_AT_START,
  log,
  PROD_DIR,
  PROFILE,
  README_ONLY,
  RESULTS_FILE,
  ROOT,
  RUNS,
  SEARCH_QUERY,
  SERVER,
  SERVER_DATABASE,
  SIZES,
  STARTED,
  WRITE_README,
} from './lib/cli.mjs';
import { gzipBytes, jsServed, jsShipped } from './lib/js-size.mjs';
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
  writeReadmeTable(JSON.parse(readFileSync(RESULTS_FILE, 'utf8')));
  process.exit(0);
}

let browser = null;
stopOnSignals();

const viteBuild = (label, args, env) => runStep(label, 'npx', ['vite', 'build', ...args, '--logLevel', 'warn'], env);
const prodBuild = () => viteBuild('build without the mock', ['--outDir', PROD_DIR, '--sourcemap', 'hidden']);
const launch = async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  log(`chromium ${browser.version()}`);
  return browser.version();
};

/** What one size's runs collect, whichever backend serves them. */
function collector() {
  return {
    app: Object.fromEntries(SIZES.map((s) => [s, []])),
    floorRuns: Object.fromEntries(SIZES.map((s) => [s, []])),
    errors: [],
    jsPaths: null,
    firstLoadJsPaths: null,
  };
}

/** One app run and one floor run at `size`, recorded (or their failure). */
async function measureOnce(c, site, size, runNo) {
  try {
    const result = await appRun(browser, site, size, { collectJs: c.jsPaths === null });
    if (c.jsPaths === null && result.jsUrls.length) {
      c.jsPaths = result.jsUrls;
      c.firstLoadJsPaths = result.firstLoadJsUrls;
    }
    c.app[size].push(result);
    for (const e of result.errors) c.errors.push(`run ${runNo}, ${size} orders: ${e}`);
    const steps = INTERACTIONS.map((k) => `${k} ${fmtMs(result.steps[k]?.ms)}`).join(', ');
    log(`run ${runNo} · ${fmtInt(size)} orders · load ${fmtMs(result.load)} ms · ${steps}`);
  } catch (error) {
    c.errors.push(`run ${runNo}, ${size} orders: ${error.message.split('\n')[0]}`);
    log(`run ${runNo} · ${fmtInt(size)} orders · FAILED: ${error.message.split('\n')[0]}`);
  }
  try {
    const result = await floorRun(browser, site, size);
    c.floorRuns[size].push(result);
    log(
      `run ${runNo} · ${fmtInt(size)} orders · floor load ${fmtMs(result.load)} ms · next page ${fmtMs(result.nextPage)} ms`,
    );
  } catch (error) {
    c.errors.push(`floor run ${runNo}, ${size} orders: ${error.message.split('\n')[0]}`);
  }
}

/** Warm-up (not counted): disk cache of the OS, V8 code cache of the server, the first SW install. */
async function warmUp(site, size) {
  await appRun(browser, site, size).catch((error) => log(`warm-up failed: ${error.message}`));
  await floorRun(browser, site, size).catch((error) => log(`floor warm-up failed: ${error.message}`));
}

/** One extra load at `size` under the CPU profiler, then each of its interactions; not counted. */
async function profileRun(site, size, errors) {
  try {
    const result = await appRun(browser, site, size, { profile: true });
    log(`profiled one load at ${fmtInt(size)} orders`);
    return {
      size,
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
  } catch (error) {
    errors.push(`profile: ${error.message.split('\n')[0]}`);
    return null;
  }
}

/** The demo: one preview server, rounds over every size until the runs or the time budget are spent. */
async function measureDemo() {
  log(`sizes ${SIZES.join(', ')}; up to ${RUNS} runs each; budget ${BUDGET_MS / 1000} s`);
  viteBuild('demo build', ['--mode', 'demo', '--outDir', DEMO_DIR, '--sourcemap', 'hidden']);
  prodBuild();
  viteBuild('floor build', ['--config', 'bench/vite.floor.config.mjs']);
  await startServer();
  log(`vite preview on ${BASE}`);
  const chromiumVersion = await launch();
  const site = demoSite;
  await warmUp(site, SIZES[0] ?? 1000);

  const c = collector();
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
    for (const size of SIZES) await measureOnce(c, site, size, roundNo);
    roundTimes.push(Date.now() - roundStart);
  }
  const profile =
    PROFILE && Date.now() - STARTED < BUDGET_MS + 15_000 ? await profileRun(site, Math.max(...SIZES), c.errors) : null;
  stopServer();

  const js = c.jsPaths
    ? await jsShipped(c.jsPaths)
    : { files: [], withMock: 0, withoutMock: 0, prodFiles: [], prodEntry: 0 };
  js.floor = floorJs(DEMO_DIR);
  return {
    ...c,
    chromiumVersion,
    rounds: roundTimes.length,
    js,
    jsJudged: c.jsPaths ? js.prodEntry : null,
    profile,
    url: `${BASE}/?seedOrders=N (fresh browser context per run; demo build served by vite preview)`,
    extra: {},
  };
}

/** Against the server: per size, a fresh seeded database and a fresh server, then its runs. */
async function measureServer() {
  log(`against the server on PostgreSQL; sizes ${SIZES.join(', ')}; ${RUNS} runs each`);
  prodBuild();
  viteBuild(
    'floor build',
    ['--config', 'bench/vite.floor.config.mjs', '--outDir', path.join(ROOT, PROD_DIR, 'floor')],
    {
      BENCH_FLOOR: 'server',
    },
  );
  const chromiumVersion = await launch();
  const c = collector();
  const largest = Math.max(...SIZES);
  let profile = null;
  const seeding = {};
  for (const size of SIZES) {
    const { database, seedSeconds, vacuumSeconds } = await seededDatabase(size);
    seeding[size] = { seedSeconds: round(seedSeconds), vacuumSeconds: round(vacuumSeconds) };
    const started = Date.now();
    const server = await startAppServer(database);
    seeding[size].serverStartSeconds = round((Date.now() - started) / 1000);
    log(`server on ${server.baseUrl} (${fmtInt(size)} orders)`);
    const site = serverSite(server.baseUrl);
    try {
      await warmUp(site, size);
      for (let runNo = 1; runNo <= RUNS; runNo += 1) await measureOnce(c, site, size, runNo);
      if (PROFILE && size === largest) profile = await profileRun(site, size, c.errors);
    } finally {
      await stopAppServer();
    }
  }
  if (!KEEP) await dropBenchDatabase();

  const js = c.jsPaths
    ? await jsServed(c.jsPaths, c.firstLoadJsPaths ?? [])
    : { files: [], firstLoad: 0, all: 0, prodFiles: [], prodEntry: 0 };
  js.floor = floorJs(PROD_DIR);
  return {
    ...c,
    chromiumVersion,
    rounds: RUNS,
    js,
    jsJudged: c.jsPaths ? js.firstLoad : null,
    profile,
    url: "the server's own origin, / (production build, no mock, served by server/main.ts on PostgreSQL; fresh browser context per run, signed in as the demo user before navigation)",
    extra: {
      database: `${SERVER_DATABASE} on DATABASE_URL's server, dropped and created for each size, seeded by npm run seed -- --orders N, then VACUUM ANALYZE`,
      seeding,
    },
  };
}

/** gzip bytes of the floor page's JS, in the build it was served from. */
function floorJs(dir) {
  const assets = path.join(ROOT, dir, 'floor', 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipBytes(path.join(assets, f)), 0);
}

async function main() {
  if (SERVER) {
    const problem = await postgresProblem();
    if (problem) {
      console.log(problem);
      return 1;
    }
  }
  const m = SERVER ? await measureServer() : await measureDemo();
  await browser.close();
  browser = null;

  const mode = SERVER ? 'server' : 'demo';
  const goals = GOALS[mode];
  const { figures, floor, ratios } = aggregate(SIZES, m.app, m.floorRuns);
  const targets = evaluateTargets(SIZES, figures, goals, m.jsJudged);

  const cpus = os.cpus();
  const data = {
    mode,
    date: new Date().toISOString(),
    machine: {
      os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
      memoryGB: round(os.totalmem() / 2 ** 30),
      loadAverageAtStart: LOAD_AT_START,
      loadAverageAtEnd: round(os.loadavg()[0], 2),
      node: process.version,
      chromium: `Chromium ${m.chromiumVersion}`,
    },
    runtimeSeconds: round((Date.now() - STARTED) / 1000),
    runsPerSize: m.rounds,
    sizes: SIZES,
    goals,
    method: {
      url: m.url,
      load: 'performance.now() when a MutationObserver (installed by addInitScript) first sees table[aria-label=Orders] tbody tr with a "Select order" checkbox; 0 = navigation start',
      interactions:
        'in the page: MutationObserver installed, performance.now(), dispatch the click / Enter, performance.now() at the first mutation after which the expected state holds (rows changed and table not aria-busy; bar text; form value)',
      search: `${SERVER ? "a city the server has not counted yet in this run (it keeps a search's counts until the store changes), starting with" : 'the query'} "${SEARCH_QUERY}", is typed first (not timed), then Enter is timed; Enter cancels the ${300} ms debounce, so the debounce is not counted`,
      sequence: APP_STEPS.map(([n]) => n).join(' → '),
      floorRatio: SERVER
        ? 'load ÷ floor load; every interaction ÷ floor "next page" (fetch the next page from /api/orders, render its 25 rows)'
        : 'load ÷ floor load; every interaction ÷ floor "next page" (re-render 25 rows)',
      jsGzip: 'node zlib gzip, default level',
    },
    ...(SERVER ? { server: m.extra } : {}),
    figures,
    floor,
    ratios,
    js: m.js,
    targets,
    profile: m.profile,
    errors: m.errors,
    raw: { app: m.app, floor: m.floorRuns },
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(data, null, 2)}\n`);
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
  await stopAppServer().catch(() => {});
  cleanupDirs();
}
process.exit(code);
