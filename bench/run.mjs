// `npm run bench`: builds the demo (and a build without the mock, for JS size), serves it, drives
// Debian's chromium through playwright-core over fresh contexts at ?seedOrders=1,000 / 10,000 /
// 100,000, and compares every figure with a no-framework floor page (bench/floor.html) that seeds
// the same orders and renders the same 25 rows. Prints a table, writes bench/results.json.
// Slow figures never fail the command; only a broken build or a page that never shows rows does.
/* global window, document, location, MutationObserver, requestIdleCallback, requestAnimationFrame, HTMLInputElement, KeyboardEvent -- instrument() runs in the page */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = path.join(ROOT, 'bench');
const DEMO_DIR = 'dist-bench';
const PROD_DIR = 'dist-bench-prod';
const PORT = 4180;
const BASE = `http://localhost:${PORT}`;
const STARTED = Date.now();
const LOAD_AT_START = Math.round(os.loadavg()[0] * 100) / 100;

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const at = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  const arg = argv[at];
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (argv[at + 1] ?? fallback);
};

if (flag('help')) {
  console.log(`node bench/run.mjs [--runs 5] [--sizes 1000,10000,100000] [--budget 240] [--query chicago] [--no-profile] [--keep]
  --runs     runs per size (default 5; fewer are made if the time budget would be exceeded)
  --sizes    seedOrders values (default 1000,10000,100000)
  --budget   seconds for the whole command before it stops adding rounds (default 240)
  --query    what the search step types before Enter (default chicago; a city in the seed)
  --no-profile  skip the CPU profile of one extra load at the largest size
  --keep     keep ${DEMO_DIR}/ and ${PROD_DIR}/ afterwards`);
  process.exit(0);
}

const RUNS = Math.max(1, Number(option('runs', process.env.BENCH_RUNS ?? 5)));
const SIZES = String(option('sizes', process.env.BENCH_SIZES ?? '1000,10000,100000'))
  .split(',')
  .map((s) => Number.parseInt(s, 10))
  .filter((n) => Number.isFinite(n) && n >= 0);
const BUDGET_MS = Number(option('budget', process.env.BENCH_BUDGET_S ?? 240)) * 1000;
const PROFILE = !flag('no-profile');
const KEEP = flag('keep');
const SEARCH_QUERY = String(option('query', 'chicago'));
const chromiumSettings = JSON.parse(readFileSync(new URL('../tests/chromium.json', import.meta.url), 'utf8'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? chromiumSettings.executablePath;
const CHROMIUM_ARGS = ['--headless', ...chromiumSettings.args];
const VIEWPORT = { width: 1440, height: 900 };
const LOAD_TIMEOUT_MS = 90_000;

const log = (...parts) => console.log(`[bench ${((Date.now() - STARTED) / 1000).toFixed(1).padStart(5)}s]`, ...parts);

// ───────────────────────────── processes ─────────────────────────────

let server = null;
let browser = null;

function stopServer() {
  if (server && server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM'); // npx → node vite: the whole group we started
    } catch {
      try {
        server.kill('SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }
  server = null;
}

function cleanupDirs() {
  if (KEEP) return;
  // Left behind, these minified bundles would be linted by `eslint .`.
  for (const dir of [DEMO_DIR, PROD_DIR]) rmSync(path.join(ROOT, dir), { recursive: true, force: true });
}

process.on('exit', stopServer);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopServer();
    cleanupDirs();
    process.exit(130);
  });
}

function runStep(label, command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
      .split('\n')
      .filter((line) => !line.includes('Unknown user config'))
      .join('\n');
    throw new Error(`${label} failed (${command} ${args.join(' ')}):\n${output}`);
  }
  log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function startServer() {
  server = spawn('npx', ['vite', 'preview', '--outDir', DEMO_DIR, '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${BASE}/`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling for readiness, not a measurement
  }
  throw new Error(`vite preview did not answer on ${BASE} within 30 s:\n${output}`);
}

// ───────────────────────────── in-page instrumentation ─────────────────────────────

/** Installed before any page script: first-row time, long tasks, and the interaction steps. */
function instrument() {
  const b = { firstRow: null, longTasks: [] };
  window.__bench = b;
  b.firstRowPromise = new Promise((resolve) => (b.resolveFirstRow = resolve));
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) b.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long task API */
  }
  const ROW_BOX = 'input[type="checkbox"][aria-label^="Select order"]';
  const table = () => document.querySelector('table[aria-label="Orders"]');
  const firstRowObserver = new MutationObserver(() => {
    if (b.firstRow === null && document.querySelector(`table[aria-label="Orders"] tbody tr ${ROW_BOX}`)) {
      b.firstRow = performance.now();
      firstRowObserver.disconnect();
      b.resolveFirstRow(b.firstRow);
    }
  });
  firstRowObserver.observe(document, { childList: true, subtree: true });

  const rows = () => [...(table()?.querySelectorAll('tbody tr') ?? [])].filter((tr) => tr.querySelector(ROW_BOX));
  const signature = () =>
    rows()
      .map((tr) => tr.querySelector(ROW_BOX).getAttribute('aria-label'))
      .join('|');
  const busy = () => table()?.getAttribute('aria-busy') === 'true';
  const settled = () => !busy() && rows().length > 0;
  const byText = (selector, test) => [...document.querySelectorAll(selector)].find((el) => test(el.textContent.trim()));
  const bar = () => document.querySelector('[role="region"][aria-label="Selected orders"]');
  const barCount = () => bar()?.querySelector('span')?.textContent.trim() ?? null;
  const idle = () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  let lastInputAt = 0;
  /** ms from just before `trigger` to the first DOM mutation after which `done()` holds. */
  const measure = (trigger, done, timeoutMs = 30_000) =>
    new Promise((resolve, reject) => {
      let start = 0;
      let finished = false;
      const finish = (value, error) => {
        if (finished) return;
        finished = true;
        observer.disconnect();
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(value);
      };
      const check = () => {
        let ok = false;
        try {
          ok = done();
        } catch {
          ok = false;
        }
        if (ok) finish(performance.now() - start);
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      const timer = setTimeout(() => finish(0, new Error(`no expected DOM state within ${timeoutMs} ms`)), timeoutMs);
      start = performance.now();
      lastInputAt = start;
      trigger();
      check();
    });

  /** The API calls made since the last input: when the first was sent, when the last answered. */
  const apiTiming = (ms) => {
    const start = lastInputAt;
    const calls = performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime >= start && r.startTime <= start + ms && new URL(r.name).pathname.startsWith('/api/'));
    if (!calls.length) return {};
    return {
      apiSent: Math.min(...calls.map((r) => r.startTime)) - start,
      apiBack: Math.max(...calls.map((r) => r.responseEnd)) - start,
    };
  };

  const need = (value, what) => {
    if (!value) throw new Error(`not found: ${what}`);
    return value;
  };

  b.step = (name, arg) => runStep(name, arg);
  b.apiTiming = (ms) => apiTiming(ms);

  const runStep = async (name, arg) => {
    const before = signature();
    switch (name) {
      case 'nextPage': {
        const button = need(
          byText('button', (t) => t === 'Next page'),
          'button "Next page"',
        );
        return {
          ms: await measure(
            () => button.click(),
            () => settled() && signature() !== before,
          ),
        };
      }
      case 'nextPageAgain':
        return runStep('nextPage', arg);
      case 'sortTotal': {
        const button = need(
          byText('table[aria-label="Orders"] thead button', (t) => t.includes('Total')),
          'header "Total"',
        );
        const sortedDesc = () =>
          [...document.querySelectorAll('th[aria-sort="descending"]')].some((th) => th.textContent.includes('Total'));
        return {
          ms: await measure(
            () => button.click(),
            () => sortedDesc() && settled() && signature() !== before,
          ),
        };
      }
      case 'tabUnpaid': {
        const tab = need(
          byText('[role="tab"]', (t) => t.startsWith('Unpaid')),
          'tab "Unpaid"',
        );
        const allUnpaid = () => rows().every((tr) => tr.textContent.includes('Unpaid'));
        return {
          ms: await measure(
            () => tab.click(),
            () => tab.getAttribute('aria-selected') === 'true' && settled() && signature() !== before && allUnpaid(),
          ),
        };
      }
      case 'selectRow': {
        const box = need(rows()[0]?.querySelector(ROW_BOX), 'first row checkbox');
        return {
          ms: await measure(
            () => box.click(),
            () => barCount() === '1 selected',
          ),
        };
      }
      case 'selectAll': {
        const button = need(
          byText('[role="region"][aria-label="Selected orders"] button', (t) =>
            /^Select all [\d,]+ matching orders$/.test(t),
          ),
          'button "Select all N matching orders"',
        );
        const count = button.textContent.trim().match(/^Select all ([\d,]+)/)[1];
        const ms = await measure(
          () => button.click(),
          () => barCount() === `${count} selected`,
        );
        return { ms, count: Number(count.replace(/,/g, '')) };
      }
      case 'clearSelection': {
        const button = need(
          byText('[role="region"][aria-label="Selected orders"] button', (t) => t === 'Clear'),
          'bulk bar "Clear"',
        );
        return {
          ms: await measure(
            () => button.click(),
            () => !bar(),
          ),
        };
      }
      case 'search': {
        const input = need(document.querySelector('input[aria-label="Search orders"]'), 'searchbox "Search orders"');
        // Type the query (React's onChange sees a real input event), let React render it, then
        // time only from Enter, which searches at once and cancels the debounce.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, arg);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        await frame();
        if (new URLSearchParams(location.search).get('q')) throw new Error('the debounced search fired before Enter');
        const enter = () =>
          input.dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }),
          );
        const matches = () => rows()[0].textContent.toLowerCase().includes(arg.toLowerCase());
        return { ms: await measure(enter, () => settled() && signature() !== before && matches()) };
      }
      case 'openOrder': {
        const link = need(rows()[0]?.querySelector('a[href*="/orders/"]'), 'first row order link');
        const code = link.textContent.trim();
        const addressFilled = () => {
          const label = byText('label', (t) => t.startsWith('Address line 1'));
          const heading = byText('h1', (t) => t.includes(`Order ${code}`));
          return Boolean(heading && label && document.getElementById(label.htmlFor)?.value);
        };
        return { ms: await measure(() => link.click(), addressFilled), code };
      }
      default:
        throw new Error(`unknown step ${name}`);
    }
  };

  /** What the load was made of, from the page's own timeline (ms from navigation start). */
  b.loadBreakdown = () => {
    const resources = performance.getEntriesByType('resource');
    const nav = performance.getEntriesByType('navigation')[0];
    const js = resources.filter((r) => /\/assets\/[^/]+\.js$/.test(new URL(r.name).pathname));
    const entrySrc = document.querySelector('script[type="module"][src]')?.src;
    const entry = js.find((r) => r.name === entrySrc);
    const api = resources.find((r) => new URL(r.name).pathname === '/api/orders');
    return {
      htmlResponseEnd: nav?.responseEnd ?? null,
      entryJsEnd: entry?.responseEnd ?? null,
      jsLoadedEnd: js.length ? Math.max(...js.map((r) => r.responseEnd)) : null,
      firstApiRequestStart: api?.startTime ?? null,
      firstApiResponseEnd: api?.responseEnd ?? null,
      firstRow: b.firstRow,
    };
  };
  b.settle = () => idle();
}

// ───────────────────────────── stats ─────────────────────────────

const sorted = (values) => [...values].sort((a, b) => a - b);
function median(values) {
  const s = sorted(values);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function summary(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!v.length) return null;
  return {
    median: round(median(v)),
    min: round(Math.min(...v)),
    max: round(Math.max(...v)),
    n: v.length,
    samples: v.map(round),
  };
}
const round = (x, digits = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits);

// ───────────────────────────── one app run, one floor run ─────────────────────────────

async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)),
  );
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function heap(cdp) {
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = (await metrics()).JSHeapUsedSize;
  await cdp.send('HeapProfiler.collectGarbage');
  const after = (await metrics()).JSHeapUsedSize;
  return { heapUsedMB: round(before / 2 ** 20), heapAfterGcMB: round(after / 2 ** 20) };
}

function longTaskStats(tasks, from, to) {
  const inside = tasks.filter((t) => t.start >= from && t.start < to);
  return {
    count: inside.length,
    totalMs: round(inside.reduce((sum, t) => sum + t.duration, 0)),
    maxMs: round(inside.reduce((max, t) => Math.max(max, t.duration), 0)),
  };
}

const APP_STEPS = [
  ['nextPage'],
  ['nextPageAgain'],
  ['sortTotal'],
  ['tabUnpaid'],
  ['selectRow'],
  ['selectAll'],
  ['clearSelection'],
  ['search', SEARCH_QUERY],
  ['openOrder'],
];

async function appRun(size, { collectJs = false, profile = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const jsUrls = new Set();
  if (collectJs) {
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/assets/') && pathname.endsWith('.js')) jsUrls.add(pathname);
    });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
  }
  const result = { size, steps: {}, errors: [] };
  try {
    await page.goto(`${BASE}/?seedOrders=${size}`, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    result.load = await withTimeout(
      page.evaluate(() => window.__bench.firstRowPromise),
      LOAD_TIMEOUT_MS,
      `first row at ${size}`,
    );
    if (profile) {
      result.profile = (await cdp.send('Profiler.stop')).profile;
      result.stepProfiles = {};
    }
    result.breakdown = await page.evaluate(() => window.__bench.loadBreakdown());
    await page.evaluate(() => window.__bench.settle());
    Object.assign(result, await heap(cdp));
    for (const [name, arg] of APP_STEPS) {
      try {
        await page.evaluate(() => window.__bench.settle()); // readiness: the previous step's leftovers run first
        if (profile) await cdp.send('Profiler.start');
        const step = await withTimeout(
          page.evaluate(([n, a]) => window.__bench.step(n, a), [name, arg]),
          45_000,
          name,
        );
        if (profile) result.stepProfiles[name] = (await cdp.send('Profiler.stop')).profile;
        result.steps[name] = { ...step, ...(await page.evaluate((ms) => window.__bench.apiTiming(ms), step.ms)) };
      } catch (error) {
        result.errors.push(`${name}: ${String(error.message ?? error).split('\n')[0]}`);
        break; // later steps assume this one's state
      }
    }
    await page.evaluate(() => window.__bench.settle());
    const tasks = await page.evaluate(() => window.__bench.longTasks);
    result.longTasksLoad = longTaskStats(tasks, -Infinity, result.load + 1e-6);
    result.longestTaskAfterLoadMs = longTaskStats(tasks, result.load + 1e-6, Infinity).maxMs;
    result.jsUrls = [...jsUrls];
    return result;
  } finally {
    await context.close();
  }
}

async function floorRun(size) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await page.goto(`${BASE}/floor/floor.html?seedOrders=${size}`, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    const load = await withTimeout(
      page.evaluate(() => window.__bench.firstRowPromise),
      LOAD_TIMEOUT_MS,
      `floor first row at ${size}`,
    );
    await page.evaluate(() => window.__bench.settle());
    const memory = await heap(cdp);
    await page.evaluate(() => window.__bench.settle());
    const next = await page.evaluate(() => window.__bench.step('nextPage'));
    const tasks = await page.evaluate(() => window.__bench.longTasks);
    return { size, load, nextPage: next.ms, ...memory, longTasksLoad: longTaskStats(tasks, -Infinity, load + 1e-6) };
  } finally {
    await context.close();
  }
}

// ───────────────────────────── JS size ─────────────────────────────

const gzipBytes = (file) => gzipSync(readFileSync(file)).length; // zlib default level (6)

async function jsShipped(jsPaths) {
  const files = jsPaths.map((p) => {
    const file = path.join(ROOT, DEMO_DIR, p);
    const text = readFileSync(file, 'utf8');
    return { path: p, gzip: gzipBytes(file), raw: text.length, mock: /setupWorker|mockServiceWorker/.test(text) };
  });
  const withMock = files.reduce((sum, f) => sum + f.gzip, 0);
  const withoutMock = files.filter((f) => !f.mock).reduce((sum, f) => sum + f.gzip, 0);

  // The build without the mock: its entry and everything the entry imports statically.
  const prodRoot = path.join(ROOT, PROD_DIR);
  const html = readFileSync(path.join(prodRoot, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]);
  queue.push(...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1]));
  const seen = new Set();
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(path.join(prodRoot, url), 'utf8');
    for (const m of code.matchAll(/(?:^|[^\w$.])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(url), m[1]));
    }
  }
  const prodFiles = [];
  for (const url of seen) {
    const file = path.join(prodRoot, url);
    prodFiles.push({ path: url, gzip: gzipBytes(file), byOwner: await attributeBundle(file) });
  }
  const prodEntry = prodFiles.reduce((sum, f) => sum + f.gzip, 0);
  const allProd = readdirSync(path.join(prodRoot, 'assets')).filter((f) => f.endsWith('.js'));
  return { files, withMock, withoutMock, prodFiles, prodEntry, prodChunks: allProd.length };
}

// ───────────────────────────── CPU profile ─────────────────────────────

/** source-map-js (a dependency of vite and tailwind); without it, names stay minified. */
async function sourceMapConsumerClass() {
  try {
    return (await import('source-map-js')).default.SourceMapConsumer;
  } catch {
    return null;
  }
}

/** Which package or app folder a source path belongs to. */
function owner(source) {
  if (!source) return '(unmapped)';
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (pkg) return pkg[1];
  const local = source.replace(/^(\.\.\/)+/, '').replace(/^\.\//, '');
  const parts = local.split('/');
  return parts[0] === 'src' && parts.length > 2
    ? `${parts[0]}/${parts[1]}/`
    : parts.length > 1
      ? `${parts[0]}/`
      : local;
}

/** Minified bytes of a bundle per package / app folder, from its source map. */
async function attributeBundle(jsFile) {
  const SourceMapConsumer = await sourceMapConsumerClass();
  const mapFile = `${jsFile}.map`;
  if (!SourceMapConsumer || !existsSync(mapFile)) return null;
  const lines = readFileSync(jsFile, 'utf8').split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  const bytes = new Map();
  const add = (source, n) => n > 0 && bytes.set(owner(source), (bytes.get(owner(source)) ?? 0) + n);
  let prev = null;
  consumer.eachMapping(
    (m) => {
      if (prev) {
        const end =
          prev.generatedLine === m.generatedLine ? m.generatedColumn : (lines[prev.generatedLine - 1]?.length ?? 0);
        add(prev.source, end - prev.generatedColumn);
      }
      prev = { source: m.source, generatedLine: m.generatedLine, generatedColumn: m.generatedColumn };
    },
    null,
    SourceMapConsumer.GENERATED_ORDER,
  );
  if (prev) add(prev.source, (lines[prev.generatedLine - 1]?.length ?? 0) - prev.generatedColumn);
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  return [...bytes.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => ({ name, bytes: n, share: round(n / total, 3) }));
}

async function summarizeProfile(profile) {
  const SourceMapConsumer = await sourceMapConsumerClass();
  const consumers = new Map();
  const consumerFor = (url) => {
    if (!SourceMapConsumer || !url) return null;
    let pathname;
    try {
      pathname = new URL(url).pathname;
    } catch {
      return null;
    }
    if (consumers.has(pathname)) return consumers.get(pathname);
    const mapFile = path.join(ROOT, DEMO_DIR, `${pathname}.map`);
    const consumer = existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : null;
    consumers.set(pathname, consumer);
    return consumer;
  };
  const tidy = (source) =>
    source.includes('node_modules/')
      ? `node_modules/${source.split('node_modules/').pop()}`
      : source.replace(/^(\.\.\/)+/, '');

  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const delta = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + delta);
  }
  const byFunction = new Map();
  const byFile = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)') continue;
    total += us;
    let where = callFrame.url
      ? `${new URL(callFrame.url).pathname}:${callFrame.lineNumber + 1}:${callFrame.columnNumber}`
      : '';
    let file = callFrame.url ? new URL(callFrame.url).pathname : callFrame.functionName;
    let code = '';
    const consumer = consumerFor(callFrame.url);
    if (consumer) {
      const original = consumer.originalPositionFor({ line: callFrame.lineNumber + 1, column: callFrame.columnNumber });
      if (original.source) {
        file = tidy(original.source);
        where = `${file}:${original.line}`;
        const content = consumer.sourceContentFor(original.source, true);
        code = content ? (content.split('\n')[original.line - 1] ?? '').trim().slice(0, 70) : '';
      }
    }
    const key = `${callFrame.functionName || '(anonymous)'}@${where}`;
    const entry = byFunction.get(key) ?? { fn: callFrame.functionName || '(anonymous)', where, code, ms: 0 };
    entry.ms += us / 1000;
    byFunction.set(key, entry);
    byFile.set(file, (byFile.get(file) ?? 0) + us / 1000);
  }
  const top = [...byFunction.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 15)
    .map((e) => ({ ...e, ms: round(e.ms) }));
  const files = [...byFile.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([file, ms]) => ({ file, ms: round(ms) }));
  return { busyMs: round(total / 1000), topSelf: top, topFiles: files };
}

// ───────────────────────────── report ─────────────────────────────

const shortFile = (file) =>
  file
    .replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1')
    .replace(/^\(garbage collector\)$/, 'GC')
    .replace(/^\/assets\/.*$/, '(bundle)');
const fmtMs = (x) => (x === null || x === undefined ? '—' : x >= 100 ? `${Math.round(x)}` : x.toFixed(1));
const fmtLt = (x) => (x === 0 ? '<50' : fmtMs(x)); // a long task is ≥ 50 ms; 0 = none
const fmtInt = (x) => new Intl.NumberFormat('en-US').format(x);
const fmtKB = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

const METRICS = [
  { key: 'load', label: 'load: nav → first row', floor: 'load' },
  { key: 'nextPage', label: 'next page', floor: 'nextPage' },
  { key: 'nextPageAgain', label: 'next page again (warm)', floor: 'nextPage' },
  { key: 'sortTotal', label: 'sort by Total', floor: 'nextPage' },
  { key: 'tabUnpaid', label: 'status tab → Unpaid', floor: 'nextPage' },
  { key: 'selectRow', label: 'select one row', floor: 'nextPage' },
  { key: 'selectAll', label: 'select all N matching', floor: 'nextPage' },
  { key: 'search', label: `search "${SEARCH_QUERY}" + Enter`, floor: 'nextPage' },
  { key: 'openOrder', label: 'open order → form filled', floor: 'nextPage' },
];
const INTERACTIONS = ['nextPage', 'sortTotal', 'tabUnpaid', 'search', 'selectAll', 'openOrder'];

function main_report(data) {
  const { figures, floor, sizes, js, targets } = data;
  const lines = [];
  const W = [28, 9, 9, 9, 9, 10, 8, 30];
  const row = (cells) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? pad(c, W[i]) : lpad(c, W[i])))
      .join(' ')
      .trimEnd();
  lines.push('');
  lines.push(
    `Orderdesk benchmark — ${data.date} — ${data.machine.cpus}× ${data.machine.cpuModel}, node ${data.machine.node}, ${data.machine.chromium}`,
  );
  lines.push(
    `runs per size: ${data.runsPerSize}; times in ms, measured in the page; floor = bench/floor.html (same seed, plain DOM)`,
  );
  const [startLoad, endLoad] = [data.machine.loadAverageAtStart, data.machine.loadAverageAtEnd];
  if (Math.max(startLoad, endLoad) > data.machine.cpus) {
    lines.push(
      `note: the machine was busy (1-min load average ${startLoad} at start, ${endLoad} at end, on ${data.machine.cpus} CPUs): expect noise`,
    );
  }
  lines.push('');
  lines.push(row(['figure', 'orders', 'median', 'min', 'max', 'floor', '×floor', 'target']));
  lines.push('─'.repeat(W.reduce((a, b) => a + b + 1, 0)));
  for (const metric of METRICS) {
    sizes.forEach((size, i) => {
      const s = figures[size]?.[metric.key];
      const f = floor[size]?.[metric.floor];
      const ratio = s && f ? `${(s.median / f.median).toFixed(1)}×` : '—';
      const target = targets.find((t) => t.metric === metric.key && t.size === size);
      const extra =
        metric.key === 'selectAll' && figures[size]?.selectAllCount ? ` (${fmtInt(figures[size].selectAllCount)})` : '';
      lines.push(
        row([
          i === 0 ? metric.label : '',
          fmtInt(size),
          fmtMs(s?.median) + (s && s.n < data.runsPerSize ? '*' : ''),
          fmtMs(s?.min),
          fmtMs(s?.max),
          fmtMs(f?.median),
          ratio,
          target ? `${target.pass ? 'PASS' : 'MISS'} ${target.text}` : extra.trim(),
        ]),
      );
    });
  }
  const [lo, hi] = [sizes[0], sizes[sizes.length - 1]];
  if (lo !== hi && floor[lo]?.load && floor[hi]?.load && figures[lo]?.load && figures[hi]?.load) {
    lines.push(
      `load ${fmtInt(hi)} ÷ ${fmtInt(lo)}: app ${(figures[hi].load.median / figures[lo].load.median).toFixed(1)}×, floor ${(floor[hi].load.median / floor[lo].load.median).toFixed(1)}× (seeding N orders in the page is on both critical paths)`,
    );
  }
  lines.push('');
  lines.push('load breakdown (median ms from navigation start)');
  lines.push(row(['', 'orders', 'entry JS', 'all JS', 'API sent', 'API back', '1st row', '']).trimEnd());
  for (const size of sizes) {
    const b = figures[size]?.breakdown ?? {};
    lines.push(
      row([
        '',
        fmtInt(size),
        fmtMs(b.entryJsEnd),
        fmtMs(b.jsLoadedEnd),
        fmtMs(b.firstApiRequestStart),
        fmtMs(b.firstApiResponseEnd),
        fmtMs(b.firstRow),
        '',
      ]).trimEnd(),
    );
  }
  lines.push(
    '  (all JS = the mock chunk too; API sent = the mock seeded and started, React rendered and asked; API back = the mock answered)',
  );
  lines.push('');
  lines.push('interaction breakdown (median ms after the input)');
  lines.push(row(['', 'orders', 'API sent', 'API back', 'DOM done', '', '', '']).trimEnd());
  for (const k of INTERACTIONS) {
    sizes.forEach((size, i) => {
      const b = figures[size]?.stepBreakdown?.[k] ?? {};
      lines.push(
        row([
          i === 0 ? `  ${METRICS.find((m) => m.key === k).label}` : '',
          fmtInt(size),
          fmtMs(b.apiSent),
          fmtMs(b.apiBack),
          fmtMs(b.done),
          '',
          '',
          '',
        ]).trimEnd(),
      );
    });
  }
  lines.push('  (input → the app asks the mock → the mock answers → React shows it)');
  lines.push('');
  lines.push(
    'memory and long tasks during load (LT = long tasks before the first row; medians), longest task after load (median / worst run)',
  );
  lines.push(row(['', 'orders', 'heap MB', 'after GC', 'floor GC', 'LT count', 'LT ms', 'longest after load']));
  for (const size of sizes) {
    const g = figures[size] ?? {};
    const f = floor[size] ?? {};
    const target = targets.find((t) => t.metric === 'longTaskAfterLoad' && t.size === size);
    lines.push(
      row([
        '',
        fmtInt(size),
        fmtMs(g.heapUsedMB?.median),
        fmtMs(g.heapAfterGcMB?.median),
        fmtMs(f.heapAfterGcMB?.median),
        fmtMs(g.longTaskCountLoad?.median),
        fmtMs(g.longTaskMsLoad?.median),
        `${fmtLt(g.longestTaskAfterLoad?.median)} / ${fmtLt(g.longestTaskAfterLoad?.max)} ms ${target ? (target.pass ? 'PASS' : 'MISS') + ' ' + target.text : ''}`,
      ]),
    );
  }
  lines.push('');
  lines.push('JS shipped for All Orders (gzip, node zlib level 6)');
  for (const f of js.files)
    lines.push(`  ${pad(f.path, 40)} ${lpad(fmtKB(f.gzip), 10)}${f.mock ? '   (mock chunk: setupWorker)' : ''}`);
  lines.push(`  ${pad('with the mock (demo build, as loaded)', 40)} ${lpad(fmtKB(js.withMock), 10)}`);
  lines.push(`  ${pad('demo build minus the mock chunk', 40)} ${lpad(fmtKB(js.withoutMock), 10)}`);
  const jsTarget = targets.find((t) => t.metric === 'js');
  lines.push(
    `  ${pad('build without the mock (entry + static)', 40)} ${lpad(fmtKB(js.prodEntry), 10)}   ${jsTarget.pass ? 'PASS' : 'MISS'} ${jsTarget.text}`,
  );
  lines.push(`  ${pad('floor page', 40)} ${lpad(fmtKB(js.floor), 10)}`);
  const biggest = js.prodFiles.slice().sort((a, b) => b.gzip - a.gzip)[0];
  if (biggest?.byOwner) {
    lines.push(`  what ${biggest.path} (no mock) is made of: share of minified bytes ≈ share of gzip`);
    for (const o of biggest.byOwner.slice(0, 12)) {
      lines.push(
        `    ${pad(o.name, 34)} ${lpad(`${(o.share * 100).toFixed(1)}%`, 6)}  ≈ ${lpad(fmtKB(o.share * biggest.gzip), 9)}`,
      );
    }
  }
  if (data.profile) {
    lines.push('');
    lines.push(
      `CPU profile of one extra load at ${fmtInt(data.profile.size)} orders (${fmtMs(data.profile.loadMs)} ms to first row under the profiler; ${fmtMs(data.profile.busyMs)} ms busy)`,
    );
    lines.push('  top self time by source file');
    for (const f of data.profile.topFiles) lines.push(`    ${lpad(fmtMs(f.ms), 7)} ms  ${f.file}`);
    lines.push('  top self time by function');
    for (const f of data.profile.topSelf.slice(0, 12))
      lines.push(`    ${lpad(fmtMs(f.ms), 7)} ms  ${pad(f.where, 48)} ${f.code || f.fn}`);
    const steps = data.profile.interactions;
    if (steps) {
      lines.push('');
      lines.push(
        "  the same page's interactions, one profile each (ms under the profiler; busy ms; top self time by file)",
      );
      for (const [k, p] of Object.entries(steps)) {
        const label = METRICS.find((m) => m.key === k)?.label ?? k;
        const top = p.topFiles
          .slice(0, 4)
          .map((f) => `${shortFile(f.file)} ${fmtMs(f.ms)}`)
          .join(', ');
        lines.push(`    ${pad(label, 26)} ${lpad(fmtMs(p.ms), 5)} ms  busy ${lpad(fmtMs(p.busyMs), 5)}: ${top}`);
      }
    }
  }
  if (data.errors.length) {
    lines.push('');
    lines.push('errors');
    for (const e of data.errors) lines.push(`  ${e}`);
  }
  lines.push('');
  lines.push(
    `targets (informational): ${targets.filter((t) => t.pass).length} PASS, ${targets.filter((t) => !t.pass).length} MISS · total runtime ${data.runtimeSeconds} s · results in bench/results.json`,
  );
  return lines.join('\n');
}

// ───────────────────────────── main ─────────────────────────────

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
  await appRun(SIZES[0] ?? 1000).catch((error) => log(`warm-up failed: ${error.message}`));
  await floorRun(SIZES[0] ?? 1000).catch((error) => log(`floor warm-up failed: ${error.message}`));

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
        const result = await appRun(size, { collectJs: jsPaths === null });
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
        const result = await floorRun(size);
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
      const result = await appRun(largest, { profile: true });
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

  // ── aggregate ──
  const figures = {};
  const floor = {};
  for (const size of SIZES) {
    const runs = app[size];
    const breakdownKeys = [
      'htmlResponseEnd',
      'entryJsEnd',
      'jsLoadedEnd',
      'firstApiRequestStart',
      'firstApiResponseEnd',
      'firstRow',
    ];
    figures[size] = {
      load: summary(runs.map((r) => r.load)),
      ...Object.fromEntries(METRICS.slice(1).map((m) => [m.key, summary(runs.map((r) => r.steps[m.key]?.ms))])),
      selectAllCount: runs.find((r) => r.steps.selectAll)?.steps.selectAll.count ?? null,
      stepBreakdown: Object.fromEntries(
        INTERACTIONS.map((k) => [
          k,
          {
            apiSent: round(median(runs.map((r) => r.steps[k]?.apiSent).filter((x) => x != null))),
            apiBack: round(median(runs.map((r) => r.steps[k]?.apiBack).filter((x) => x != null))),
            done: round(median(runs.map((r) => r.steps[k]?.ms).filter((x) => x != null))),
          },
        ]),
      ),
      breakdown: Object.fromEntries(
        breakdownKeys.map((k) => [k, round(median(runs.map((r) => r.breakdown?.[k]).filter((x) => x != null)) ?? NaN)]),
      ),
      heapUsedMB: summary(runs.map((r) => r.heapUsedMB)),
      heapAfterGcMB: summary(runs.map((r) => r.heapAfterGcMB)),
      longTaskCountLoad: summary(runs.map((r) => r.longTasksLoad?.count)),
      longTaskMsLoad: summary(runs.map((r) => r.longTasksLoad?.totalMs)),
      longestTaskLoad: summary(runs.map((r) => r.longTasksLoad?.maxMs)),
      longestTaskAfterLoad: summary(runs.map((r) => r.longestTaskAfterLoadMs)),
    };
    const f = floorRuns[size];
    floor[size] = {
      load: summary(f.map((r) => r.load)),
      nextPage: summary(f.map((r) => r.nextPage)),
      heapAfterGcMB: summary(f.map((r) => r.heapAfterGcMB)),
      longTaskMsLoad: summary(f.map((r) => r.longTasksLoad.totalMs)),
    };
  }
  const ratios = {};
  for (const size of SIZES) {
    ratios[size] = {};
    for (const m of METRICS) {
      const a = figures[size][m.key]?.median;
      const b = floor[size][m.floor]?.median;
      ratios[size][m.key] = a && b ? round(a / b, 2) : null;
    }
    const ha = figures[size].heapAfterGcMB?.median;
    const hb = floor[size].heapAfterGcMB?.median;
    ratios[size].heapAfterGc = ha && hb ? round(ha / hb, 2) : null;
  }

  const js = jsPaths
    ? await jsShipped(jsPaths)
    : { files: [], withMock: 0, withoutMock: 0, prodFiles: [], prodEntry: 0 };
  js.floor = readdirSync(path.join(ROOT, DEMO_DIR, 'floor', 'assets'))
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipBytes(path.join(ROOT, DEMO_DIR, 'floor', 'assets', f)), 0);

  const targets = [];
  const small = Math.min(...SIZES);
  if (figures[largest].load && figures[small].load && largest !== small) {
    const limit = figures[small].load.median * 1.2;
    targets.push({
      metric: 'load',
      size: largest,
      pass: figures[largest].load.median <= limit,
      text: `≤ 1.2× load@${fmtInt(small)} = ${fmtMs(limit)}`,
      value: figures[largest].load.median,
      limit: round(limit),
    });
  }
  for (const key of INTERACTIONS) {
    const s = figures[largest][key];
    if (s)
      targets.push({ metric: key, size: largest, pass: s.median < 100, text: '< 100 ms', value: s.median, limit: 100 });
  }
  targets.push({
    metric: 'js',
    size: null,
    pass: js.prodEntry < 150 * 1024,
    text: '< 150 KB',
    value: js.prodEntry,
    limit: 150 * 1024,
  });
  for (const size of SIZES) {
    const s = figures[size].longestTaskAfterLoad;
    if (s)
      targets.push({
        metric: 'longTaskAfterLoad',
        size,
        pass: s.max <= 200,
        text: '≤ 200 ms',
        value: s.max,
        limit: 200,
      });
  }

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
  console.log(main_report(data));
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
