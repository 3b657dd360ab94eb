// JS shipped for All Orders: the demo build as loaded, and the build without the mock.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_DIR, PROD_DIR, ROOT } from './cli.mjs';
import { attributeBundle } from './profile.mjs';

export const gzipBytes = (file) => gzipSync(readFileSync(file)).length; // zlib default level (6)

export async function jsShipped(jsPaths) {
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
