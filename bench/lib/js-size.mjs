// JS shipped for All Orders: the demo build as loaded, the build without the mock, and (against the
// server) the production build's files as the page asked for them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_DIR, PROD_DIR, ROOT } from './cli.mjs';
import { attributeBundle } from './profile.mjs';

export const gzipBytes = (file) => gzipSync(readFileSync(file)).length; // zlib default level (6)

/** The build without the mock: its entry and everything the entry imports statically. */
async function prodEntryFiles() {
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
  return { prodFiles, prodEntry, prodChunks: allProd.length };
}

/** The demo: every JS file the runs loaded (with the mock), less the mock chunk, and the build without the mock. */
export async function jsShipped(jsPaths) {
  const files = jsPaths.map((p) => {
    const file = path.join(ROOT, DEMO_DIR, p);
    const text = readFileSync(file, 'utf8');
    return { path: p, gzip: gzipBytes(file), raw: text.length, mock: /setupWorker|mockServiceWorker/.test(text) };
  });
  const withMock = files.reduce((sum, f) => sum + f.gzip, 0);
  const withoutMock = files.filter((f) => !f.mock).reduce((sum, f) => sum + f.gzip, 0);
  return { files, withMock, withoutMock, ...(await prodEntryFiles()) };
}

/**
 * Against the server: the production build's JS files the page asked for, marked by whether it
 * asked before its first row (first load) or later (loaded when idle, or by an interaction).
 */
export async function jsServed(allPaths, firstLoadPaths) {
  const first = new Set(firstLoadPaths);
  const files = [...new Set([...firstLoadPaths, ...allPaths])].map((p) => ({
    path: p,
    gzip: gzipBytes(path.join(ROOT, PROD_DIR, p)),
    firstLoad: first.has(p),
  }));
  const firstLoad = files.filter((f) => f.firstLoad).reduce((sum, f) => sum + f.gzip, 0);
  const all = files.reduce((sum, f) => sum + f.gzip, 0);
  // What the first load is made of, across its files: each file's gzip bytes shared out by its source map.
  const owners = new Map();
  for (const f of files.filter((file) => file.firstLoad)) {
    const byOwner = await attributeBundle(path.join(ROOT, PROD_DIR, f.path));
    for (const o of byOwner ?? [{ name: f.path, share: 1 }])
      owners.set(o.name, (owners.get(o.name) ?? 0) + o.share * f.gzip);
  }
  const firstLoadByOwner = [...owners.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, gzip]) => ({ name, gzip: Math.round(gzip) }));
  return { files, firstLoad, all, firstLoadByOwner, ...(await prodEntryFiles()) };
}
