import type { Figure, StoreFigures } from './measure';

const LISTS = [
  'first-page',
  'status-tab',
  'sort-total',
  'sort-customer',
  'search-name',
  'search-code',
  'search-email',
  'deep-page',
  'counts',
];

interface Target {
  database: StoreFigures['database'];
  size: number;
  connections: number;
  names: readonly string[];
  text: string;
  met: (figure: Figure) => boolean;
}

/** The targets: at 1,000,000 orders on PostgreSQL with 16 connections, and PGlite at 100,000. */
const TARGETS: Target[] = [
  {
    database: 'postgres',
    size: 1_000_000,
    connections: 16,
    names: LISTS,
    text: 'p50 ≤ 5 ms, p99 ≤ 30 ms, ≥ 1,000/s',
    met: (f) => f.p50 <= 5 && f.p99 <= 30 && f.rps >= 1000,
  },
  {
    database: 'postgres',
    size: 1_000_000,
    connections: 16,
    names: ['tab-ids'],
    text: '≤ 150 ms',
    met: (f) => f.p50 <= 150,
  },
  {
    database: 'postgres',
    size: 1_000_000,
    connections: 16,
    names: ['edit', 'refund'],
    text: 'p99 ≤ 20 ms',
    met: (f) => f.p99 <= 20,
  },
  {
    database: 'postgres',
    size: 1_000_000,
    connections: 1,
    names: ['bulk-delete'],
    text: '≤ 1 s',
    met: (f) => f.p50 <= 1000,
  },
  { database: 'pglite', size: 100_000, connections: 1, names: LISTS, text: 'p50 ≤ 15 ms', met: (f) => f.p50 <= 15 },
];

export function targetOf(
  store: Pick<StoreFigures, 'database' | 'size'>,
  figure: Figure,
): { text: string; met: boolean } | null {
  const target = TARGETS.find(
    (t) =>
      t.database === store.database &&
      t.size === store.size &&
      t.connections === figure.connections &&
      t.names.includes(figure.name),
  );
  return target ? { text: target.text, met: target.met(figure) } : null;
}

const ms = (value: number) => (value >= 100 ? Math.round(value).toString() : value.toFixed(1));

export function printTable(store: StoreFigures): void {
  const rows = store.figures.map((figure) => {
    const target = targetOf(store, figure);
    return {
      request: figure.label,
      'first ms': figure.firstMs === undefined ? '' : ms(figure.firstMs),
      conns: figure.connections,
      'p50 ms': ms(figure.p50),
      'p99 ms': ms(figure.p99),
      'max ms': ms(figure.max),
      'req/s': Math.round(figure.rps),
      errors: figure.errors,
      'db ms': ms(figure.dbMs),
      target: target ? `${target.met ? 'met' : 'MISSED'}: ${target.text}` : '',
    };
  });
  console.table(rows);
}
