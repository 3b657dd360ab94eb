// The README's benchmark tables, written from bench/results.json (the demo) and
// bench/results-server.json (against the server) between marker comments, so the figures a reader
// sees are the ones the bench measured.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GOALS, limitText } from './aggregate.mjs';
import { ROOT } from './cli.mjs';
import { fmtInt } from './report.mjs';

const MARKERS = {
  demo: [
    '<!-- bench:table (written by npm run bench from bench/results.json; do not edit) -->',
    '<!-- /bench:table -->',
  ],
  server: [
    '<!-- bench:server (written by npm run bench:server from bench/results-server.json; do not edit) -->',
    '<!-- /bench:server -->',
  ],
};
const modeOf = (data) => (data.mode === 'server' ? 'server' : 'demo');
const goalsOf = (data) => data.goals ?? GOALS[modeOf(data)];

const ROWS = [
  { key: 'load', label: 'load: navigation → first row' },
  { key: 'nextPage', label: 'next page' },
  { key: 'sortTotal', label: 'sort by total' },
  { key: 'tabUnpaid', label: 'status tab' },
  { key: 'search', label: 'search + Enter' },
  { key: 'selectAll', label: 'select all matching (Unpaid)' },
  { key: 'openOrder', label: 'open an order → form filled' },
];

const ms = (x) => (x === null || x === undefined ? '—' : String(Math.round(x)));
const ratio = (x) => (x === null || x === undefined ? '' : x >= 10 ? `${Math.round(x)}×` : `${x.toFixed(1)}×`);
const heapMb = (x) => (x === null || x === undefined ? '—' : `${x.toFixed(1)} MB`);
const verdict = (target) => (target ? (target.pass ? 'met' : 'missed') : '');

function targetText(data, key, largest) {
  const target = data.targets.find((t) => t.metric === key && t.size === largest);
  if (!target) return '';
  const goals = goalsOf(data);
  if (key === 'load') {
    const small = Math.min(...data.sizes);
    const times = target.value / data.figures[small].load.median;
    return `≤ ${goals.loadRatio}× load at ${fmtInt(small)}: ${verdict(target)} (${times.toFixed(modeOf(data) === 'server' ? 2 : 1)}×)`;
  }
  if (key === 'nextPage')
    return `${limitText(goals.interactionMs, goals.interactionInclusive, 'ms')} at ${fmtInt(largest)}: ${verdict(target)}`;
  return verdict(target);
}

function table(data) {
  const sizes = data.sizes;
  const largest = Math.max(...sizes);
  const header = ['figure', ...sizes.map(fmtInt), `×floor at ${fmtInt(largest)}`, 'target'];
  const rows = ROWS.map(({ key, label }) => [
    label,
    ...sizes.map((size) => ms(data.figures[size]?.[key]?.median)),
    ratio(data.ratios[largest]?.[key]),
    targetText(data, key, largest),
  ]);
  const longTasks = data.targets.filter((t) => t.metric === 'longTaskAfterLoad');
  rows.push([
    'longest task after load',
    ...sizes.map((size) => {
      const median = data.figures[size]?.longestTaskAfterLoad?.median;
      return median === 0 ? '< 50' : ms(median);
    }),
    '',
    longTasks.length ? `≤ ${longTasks[0].limit} ms: ${longTasks.every((t) => t.pass) ? 'met' : 'missed'}` : '',
  ]);
  rows.push(['page heap after load', ...sizes.map((size) => heapMb(data.figures[size]?.heapUsedMB?.median)), '', '']);
  return markdownTable(header, rows, [false, ...sizes.map(() => true), true, false]);
}

function markdownTable(header, rows, rightAligned) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => [...row[i]].length), 3));
  const cell = (text, i) => (rightAligned[i] ? text.padStart(widths[i]) : text.padEnd(widths[i]));
  const line = (row) => `| ${row.map(cell).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (rightAligned[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function readmeSection(data) {
  const cores = data.machine.cpus;
  const [start, end] = MARKERS[modeOf(data)];
  if (modeOf(data) === 'demo') {
    return [
      start,
      '',
      `Latest results on this machine (${cores} cores; \`npm run bench\`, ${data.runsPerSize} runs, median ms; ×floor = ratio to the plain page):`,
      '',
      table(data),
      '',
      end,
    ].join('\n');
  }
  const load = `${data.machine.loadAverageAtStart}–${data.machine.loadAverageAtEnd}`;
  return [
    start,
    '',
    `Latest results against the server on PostgreSQL (${cores} cores, load average ${load}; \`npm run bench:server\`, ${data.runsPerSize} runs per size, median ms; ×floor = ratio to the plain page that fetches the same page from the API):`,
    '',
    table(data),
    '',
    serverSummary(data),
    '',
    end,
  ].join('\n');
}

/** Under the server's table: first-load JS, which targets were met, and at what size they were judged. */
function serverSummary(data) {
  const goals = goalsOf(data);
  const largest = Math.max(...data.sizes);
  const js = data.targets.find((t) => t.metric === 'js');
  const parts = [
    js
      ? `First-load JS (what the page asks for before its first row): ${(js.value / 1024).toFixed(1)} KB gzip (${limitText(goals.jsKB, goals.jsInclusive, 'KB')}: ${verdict(js)}).`
      : 'First-load JS: not measured.',
  ];
  const missed = data.targets.filter((t) => !t.pass).map((t) => SHORT[t.metric] ?? t.metric);
  parts.push(
    missed.length
      ? `Targets met: ${data.targets.length - missed.length} of ${data.targets.length}; missed: ${missed.join(', ')}.`
      : `Targets met: all ${data.targets.length}.`,
  );
  if (largest < 1_000_000) {
    parts.push(
      `This run went up to ${fmtInt(largest)} orders only; the targets are stated at 1,000,000 and are judged here at ${fmtInt(largest)}.`,
    );
  }
  return parts.join(' ');
}

const SHORT = {
  load: 'load',
  nextPage: 'next page',
  sortTotal: 'sort',
  tabUnpaid: 'status tab',
  search: 'search',
  selectAll: 'select all',
  openOrder: 'open an order',
  js: 'first-load JS',
};

/** Replaces the table between the markers in README.md; says so when the markers are missing. */
export function writeReadmeTable(data) {
  const file = path.join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const [START, END] = MARKERS[modeOf(data)];
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    console.log(`README.md has no benchmark table markers (${START} … ${END}): left as it is`);
    return;
  }
  writeFileSync(file, `${readme.slice(0, start)}${readmeSection(data)}${readme.slice(end + END.length)}`);
}
