// The report printed at the end of a run, from the data written to bench/results.json (or, against
// the server, bench/results-server.json).
import { SEARCH_QUERY } from './cli.mjs';

const shortFile = (file) =>
  file
    .replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1')
    .replace(/^\(garbage collector\)$/, 'GC')
    .replace(/^\/assets\/.*$/, '(bundle)');
export const fmtMs = (x) => (x === null || x === undefined ? '—' : x >= 100 ? `${Math.round(x)}` : x.toFixed(1));
const fmtLt = (x) => (x === 0 ? '<50' : fmtMs(x)); // a long task is ≥ 50 ms; 0 = none
export const fmtInt = (x) => new Intl.NumberFormat('en-US').format(x);
const fmtKB = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

export const METRICS = [
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
export const INTERACTIONS = ['nextPage', 'sortTotal', 'tabUnpaid', 'search', 'selectAll', 'openOrder'];

export function textReport(data) {
  const { figures, floor, sizes, js, targets } = data;
  const server = data.mode === 'server';
  const lines = [];
  const W = [28, 9, 9, 9, 9, 10, 8, 30];
  const row = (cells) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? pad(c, W[i]) : lpad(c, W[i])))
      .join(' ')
      .trimEnd();
  lines.push('');
  lines.push(
    `Orderdesk benchmark${server ? ' against the server on PostgreSQL' : ''} — ${data.date} — ${data.machine.cpus}× ${data.machine.cpuModel}, node ${data.machine.node}, ${data.machine.chromium}`,
  );
  lines.push(
    server
      ? `runs per size: ${data.runsPerSize}; times in ms, measured in the page; floor = bench/floor-server.html (the same first page from /api/orders, plain DOM)`
      : `runs per size: ${data.runsPerSize}; times in ms, measured in the page; floor = bench/floor.html (same seed, plain DOM)`,
  );
  if (server && data.server?.seeding) {
    const seeded = sizes.map((size) => {
      const s = data.server.seeding[size];
      return s
        ? `${fmtInt(size)}: seed ${fmtMs(s.seedSeconds)} s, vacuum ${fmtMs(s.vacuumSeconds)} s, server start ${fmtMs(s.serverStartSeconds)} s`
        : `${fmtInt(size)}: —`;
    });
    lines.push(`database per size (npm run seed, then VACUUM ANALYZE): ${seeded.join('; ')}`);
  }
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
      `load ${fmtInt(hi)} ÷ ${fmtInt(lo)}: app ${(figures[hi].load.median / figures[lo].load.median).toFixed(2)}×, floor ${(floor[hi].load.median / floor[lo].load.median).toFixed(2)}× ${server ? "(the server's first page is on both critical paths)" : '(seeding N orders in the page is on both critical paths)'}`,
    );
  }
  lines.push('');
  lines.push('load breakdown (median ms from navigation start)');
  const numbers = (cells) => cells.map((c, i) => (i === 0 ? pad(c, 28) : lpad(c, 10))).join('');
  lines.push(
    numbers(['', 'orders', 'entry JS', 'all JS', 'API sent', ...(server ? ['API 1st B'] : []), 'API back', '1st row']),
  );
  for (const size of sizes) {
    const b = figures[size]?.breakdown ?? {};
    lines.push(
      numbers([
        '',
        fmtInt(size),
        fmtMs(b.entryJsEnd),
        fmtMs(b.jsLoadedEnd),
        fmtMs(b.firstApiRequestStart),
        ...(server ? [fmtMs(b.firstApiResponseStart)] : []),
        fmtMs(b.firstApiResponseEnd),
        fmtMs(b.firstRow),
      ]),
    );
  }
  lines.push(
    server
      ? "  (all JS = by the end of load, idle-loaded chunks too; API sent = React rendered and asked for /api/orders; 1st B = the server's first byte; API back = the answer's last byte)"
      : '  (all JS = the mock chunk too; API sent = the mock seeded and started, React rendered and asked; API back = the mock answered)',
  );
  lines.push('');
  lines.push('interaction breakdown (median ms after the input)');
  lines.push(
    row([
      '',
      'orders',
      'API sent',
      'API back',
      'DOM done',
      server ? 'API wait' : '',
      server ? 'API KB' : '',
      '',
    ]).trimEnd(),
  );
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
          server ? fmtMs(b.apiWait) : '',
          server ? fmtMs(b.apiKB) : '',
          '',
        ]).trimEnd(),
      );
    });
  }
  lines.push(
    server
      ? "  (input → the app asks the server → the last answer's last byte → React shows it; API wait = the slowest request's time to first byte, the server's work plus a round trip; API KB = the answers' bodies)"
      : '  (input → the app asks the mock → the mock answers → React shows it)',
  );
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
  lines.push(...(server ? jsServedLines(js, targets) : jsShippedLines(js, targets)));
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
    `targets (informational): ${targets.filter((t) => t.pass).length} PASS, ${targets.filter((t) => !t.pass).length} MISS · total runtime ${data.runtimeSeconds} s · results in bench/${server ? 'results-server.json' : 'results.json'}`,
  );
  return lines.join('\n');
}

function jsShippedLines(js, targets) {
  const lines = [];
  lines.push('JS shipped for All Orders (gzip, node zlib level 6)');
  for (const f of js.files)
    lines.push(`  ${pad(f.path, 40)} ${lpad(fmtKB(f.gzip), 10)}${f.mock ? '   (mock chunk: setupWorker)' : ''}`);
  lines.push(`  ${pad('with the mock (demo build, as loaded)', 40)} ${lpad(fmtKB(js.withMock), 10)}`);
  lines.push(`  ${pad('demo build minus the mock chunk', 40)} ${lpad(fmtKB(js.withoutMock), 10)}`);
  lines.push(
    `  ${pad('build without the mock (entry + static)', 40)} ${lpad(fmtKB(js.prodEntry), 10)}   ${verdict(targets)}`,
  );
  lines.push(`  ${pad('floor page', 40)} ${lpad(fmtKB(js.floor), 10)}`);
  lines.push(...composition(js));
  return lines;
}

function jsServedLines(js, targets) {
  const lines = [];
  lines.push('JS the page asked the server for (production build; gzip, node zlib level 6)');
  for (const f of js.files)
    lines.push(
      `  ${pad(f.path, 40)} ${lpad(fmtKB(f.gzip), 10)}   ${f.firstLoad ? 'before the first row' : 'later (idle or on demand)'}`,
    );
  lines.push(
    `  ${pad('first load (asked before the first row)', 40)} ${lpad(fmtKB(js.firstLoad), 10)}   ${verdict(targets)}`,
  );
  lines.push(`  ${pad('entry + its static imports', 40)} ${lpad(fmtKB(js.prodEntry), 10)}`);
  lines.push(`  ${pad('everything asked during a run', 40)} ${lpad(fmtKB(js.all), 10)}`);
  lines.push(`  ${pad('floor page', 40)} ${lpad(fmtKB(js.floor), 10)}`);
  if (js.firstLoadByOwner?.length) {
    lines.push('  what the first load is made of (each file shared out by its source map; ≈ gzip)');
    for (const o of js.firstLoadByOwner.slice(0, 16)) lines.push(`    ${pad(o.name, 34)} ${lpad(fmtKB(o.gzip), 9)}`);
  }
  return lines;
}

function verdict(targets) {
  const target = targets.find((t) => t.metric === 'js');
  return target ? `${target.pass ? 'PASS' : 'MISS'} ${target.text}` : 'not measured';
}

function composition(js) {
  const biggest = js.prodFiles.slice().sort((a, b) => b.gzip - a.gzip)[0];
  if (!biggest?.byOwner) return [];
  return [
    `  what ${biggest.path} (no mock) is made of: share of minified bytes ≈ share of gzip`,
    ...biggest.byOwner
      .slice(0, 12)
      .map(
        (o) =>
          `    ${pad(o.name, 34)} ${lpad(`${(o.share * 100).toFixed(1)}%`, 6)}  ≈ ${lpad(fmtKB(o.share * biggest.gzip), 9)}`,
      ),
  ];
}
