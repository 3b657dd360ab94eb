// The bench's command line and settings: what to measure, where, and how long it may take.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BENCH = path.join(ROOT, 'bench');
export const DEMO_DIR = 'dist-bench';
export const PROD_DIR = 'dist-bench-prod';
export const PORT = 4180;
export const BASE = `http://localhost:${PORT}`;
export const STARTED = Date.now();
export const LOAD_AT_START = Math.round(os.loadavg()[0] * 100) / 100;

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const at = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  const arg = argv[at];
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (argv[at + 1] ?? fallback);
};

export const HELP = flag('help');
/** `--server`: the production build served by the server on PostgreSQL (DATABASE_URL), not the demo. */
export const SERVER = flag('server');
export const HELP_TEXT = `node bench/run.mjs [--runs 5] [--sizes 1000,10000,100000] [--budget 240] [--query chicago] [--no-profile] [--keep]
node bench/run.mjs --server [--runs 5] [--sizes 1000,100000,1000000] [--query chicago] [--no-profile] [--keep]
node bench/run.mjs --readme [--server]   (rewrite README.md's table from bench/results.json or results-server.json, measure nothing)
  --server   the production build (no mock) served by the server on PostgreSQL at DATABASE_URL: for each
             size a fresh database orderdesk_bench_ui is seeded with npm run seed, then the same steps run
  --runs     runs per size (default 5; in the demo mode fewer are made if the time budget would be exceeded)
  --sizes    order counts (default 1000,10000,100000; with --server 1000,100000,1000000)
  --budget   seconds for the whole command before it stops adding rounds (default 240; not with --server)
  --query    what the search step types before Enter (default chicago; a city in the seed)
  --no-profile  skip the CPU profile of one extra load at the largest size
  --keep     keep ${DEMO_DIR}/ and ${PROD_DIR}/ afterwards (and, with --server, the last size's database)
  --no-readme   leave README.md's benchmark table as it is`;
export const README_ONLY = flag('readme');
export const WRITE_README = !flag('no-readme');

export const RUNS = Math.max(1, Number(option('runs', process.env.BENCH_RUNS ?? 5)));
export const SIZES = String(
  option('sizes', process.env.BENCH_SIZES ?? (SERVER ? '1000,100000,1000000' : '1000,10000,100000')),
)
  .split(',')
  .map((s) => Number.parseInt(s, 10))
  .filter((n) => Number.isFinite(n) && n >= 0);
export const BUDGET_MS = Number(option('budget', process.env.BENCH_BUDGET_S ?? 240)) * 1000;
export const PROFILE = !flag('no-profile');
export const KEEP = flag('keep');
/** The database the server mode drops, creates and seeds for each size, on DATABASE_URL's server. */
export const SERVER_DATABASE = 'orderdesk_bench_ui';
/** The build the pages are served from: the demo's, or (against the server) the production build. */
export const SERVED_DIR = SERVER ? PROD_DIR : DEMO_DIR;
export const RESULTS_FILE = path.join(BENCH, SERVER ? 'results-server.json' : 'results.json');
export const SEARCH_QUERY = String(option('query', 'chicago'));
const chromiumSettings = JSON.parse(readFileSync(new URL('../../tests/chromium.json', import.meta.url), 'utf8'));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? chromiumSettings.executablePath;
export const CHROMIUM_ARGS = ['--headless', ...chromiumSettings.args];
export const VIEWPORT = { width: 1440, height: 900 };
export const LOAD_TIMEOUT_MS = 90_000;

export const log = (...parts) =>
  console.log(`[bench ${((Date.now() - STARTED) / 1000).toFixed(1).padStart(5)}s]`, ...parts);
