// What runs inside the page (app and floor alike), installed by addInitScript before any page
// script: first-row time, long tasks, and each interaction step timed in the page.
/* global window, document, location, MutationObserver, requestIdleCallback, requestAnimationFrame, HTMLInputElement, KeyboardEvent -- instrument() runs in the page */

export /** Installed before any page script: first-row time, long tasks, and the interaction steps. */
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
      // Request sent → first byte back, for the slowest call: the backend's time plus one round trip.
      apiWait: Math.max(...calls.map((r) => r.responseStart - r.requestStart)),
      apiBytes: calls.reduce((sum, r) => sum + r.encodedBodySize, 0),
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
      firstApiResponseStart: api?.responseStart ?? null,
      firstApiResponseEnd: api?.responseEnd ?? null,
      firstRow: b.firstRow,
      // The JS the page asked for before its first row: what the first load needed.
      jsBeforeFirstRow: js.filter((r) => r.startTime <= b.firstRow).map((r) => new URL(r.name).pathname),
    };
  };
  b.settle = () => idle();
}
