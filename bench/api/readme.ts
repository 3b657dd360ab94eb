import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import type { StoreFigures } from './measure';
import { targetOf } from './report';

interface Results {
  date: string;
  machine: { cpus: number; cpu: string; memoryGb: number };
  seconds: number;
  runs: StoreFigures[];
}

const START = '<!-- bench:api (written by npm run bench:api from bench/results-api.json; do not edit) -->';
const END = '<!-- /bench:api -->';

const ms = (value: number | undefined) =>
  value === undefined ? '—' : value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);

function baselineOf(store: StoreFigures, name: string, connections: number): number | undefined {
  if (!existsSync('bench/results-api-baseline.json')) return undefined;
  const baseline = JSON.parse(readFileSync('bench/results-api-baseline.json', 'utf8')) as Results;
  const run = baseline.runs.find((r) => r.database === store.database && r.size === store.size);
  return run?.figures.find((f) => f.name === name && f.connections === connections)?.p50;
}

function storeTable(store: StoreFigures): string {
  const names = [...new Set(store.figures.map((figure) => figure.name))];
  const lines = [
    `**${store.database === 'postgres' ? 'PostgreSQL 15' : 'PGlite'}, ${store.size.toLocaleString('en-US')} orders** (seeded in ${store.seedSeconds.toFixed(0)} s)`,
    '',
    '| request | first request | 1 conn p50 / p99 | 16 conns p50 / p99 / max | 16 conns req/s | db ms | p50 at 16 before tuning | target |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const name of names) {
    const one = store.figures.find((f) => f.name === name && f.connections === 1);
    const many = store.figures.find((f) => f.name === name && f.connections === 16);
    const shown = many ?? one!;
    const target = [one, many].flatMap((f) => (f ? [targetOf(store, f)] : [])).find((t) => t !== null);
    lines.push(
      `| ${shown.label} | ${ms(shown.firstMs)} | ${one ? `${ms(one.p50)} / ${ms(one.p99)}` : '—'} | ${many ? `${ms(many.p50)} / ${ms(many.p99)} / ${ms(many.max)}` : '—'} | ${many ? Math.round(many.rps).toLocaleString('en-US') : '—'} | ${ms(shown.dbMs)} | ${ms(baselineOf(store, name, many ? 16 : 1))} | ${target ? `${target.met ? '✓' : '✗'} ${target.text}` : ''} |`,
    );
  }
  return lines.join('\n');
}

/** The README's API benchmark tables, between their markers. */
export async function writeApiReadmeTable(results: Results): Promise<void> {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) {
    console.log('README has no bench:api markers: table not written');
    return;
  }
  const body = [
    `Measured ${results.date.slice(0, 10)} on ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGb} GB; server and load on the same machine, ${results.seconds} s a figure (writes: one pool of orders each). Times in ms.`,
    '',
    ...results.runs.map(storeTable).flatMap((table) => [table, '']),
  ].join('\n');
  const text = `${readme.slice(0, start + START.length)}\n\n${body}\n${readme.slice(end)}`;
  // Laid out as the repository's formatter lays out the rest of the README, so `npm run lint` stays clean.
  const options = (await prettier.resolveConfig('README.md')) ?? {};
  writeFileSync('README.md', await prettier.format(text, { ...options, filepath: 'README.md' }));
}
