// One run of the app and one of the floor page, each in a fresh browser context.
/* global window -- the page.evaluate callbacks run in the page */
import { BASE, LOAD_TIMEOUT_MS, SEARCH_QUERY, VIEWPORT } from './cli.mjs';
import { instrument } from './instrument.mjs';
import { longTaskStats, round } from './stats.mjs';

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

/** Cities of the seed's, each in about a tenth of the orders; the first is the demo mode's query. */
const SERVER_SEARCHES = [
  SEARCH_QUERY,
  ...['chicago', 'seattle', 'denver', 'boston', 'atlanta', 'miami', 'austin', 'portland'].filter(
    (city) => city !== SEARCH_QUERY,
  ),
];

export const APP_STEPS = [
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

/** Where the runs go: the demo build under vite preview, seeded in the page by ?seedOrders=N. */
export const demoSite = {
  appUrl: (size) => `${BASE}/?seedOrders=${size}`,
  searchQuery: () => SEARCH_QUERY,
  floorUrl: (size) => `${BASE}/floor/floor.html?seedOrders=${size}`,
  prepare: async () => {},
};

/** Where the runs go against the server at `base`: its database holds the orders; each context signs in first. */
export function serverSite(base) {
  let searches = 0;
  return {
    appUrl: () => `${base}/`,
    // A server keeps a search's counts until the store changes, so each run searches for a city it
    // has not counted yet: the figure is a new search's, as a merchant typing one meets it.
    searchQuery: () => SERVER_SEARCHES[searches++ % SERVER_SEARCHES.length],
    floorUrl: () => `${base}/floor/floor-server.html`,
    prepare: async (context) => {
      // The answer's HttpOnly cookie lands in the context's cookie jar, so the page is signed in.
      const response = await context.request.post(`${base}/api/session`, {
        data: { email: 'demo@orderdesk.test', password: 'orderdesk-demo' },
        headers: { 'X-Requested-With': 'orderdesk' },
      });
      if (!response.ok()) throw new Error(`sign-in as the demo user answered ${response.status()}`);
    },
  };
}

async function freshContext(browser, site) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await site.prepare(context);
  await context.addInitScript(instrument);
  return context;
}

export async function appRun(browser, site, size, { collectJs = false, profile = false } = {}) {
  const context = await freshContext(browser, site);
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
    await page.goto(site.appUrl(size), { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    result.load = await withTimeout(
      page.evaluate(() => window.__bench.firstRowPromise),
      LOAD_TIMEOUT_MS,
      `first row at ${size}`,
    );
    if (profile) {
      result.profile = (await cdp.send('Profiler.stop')).profile;
      result.stepProfiles = {};
    }
    const { jsBeforeFirstRow, ...breakdown } = await page.evaluate(() => window.__bench.loadBreakdown());
    result.breakdown = breakdown;
    result.firstLoadJsUrls = jsBeforeFirstRow;
    await page.evaluate(() => window.__bench.settle());
    Object.assign(result, await heap(cdp));
    for (const [name, stepArg] of APP_STEPS) {
      const arg = name === 'search' ? site.searchQuery() : stepArg;
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

export async function floorRun(browser, site, size) {
  const context = await freshContext(browser, site);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await page.goto(site.floorUrl(size), { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
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
