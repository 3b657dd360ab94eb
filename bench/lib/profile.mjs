// Where the bytes and the CPU time go: source-map attribution of bundles and CPU profiles.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, SERVED_DIR } from './cli.mjs';
import { round } from './stats.mjs';

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
export async function attributeBundle(jsFile) {
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

export async function summarizeProfile(profile) {
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
    const mapFile = path.join(ROOT, SERVED_DIR, `${pathname}.map`);
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
    // A frame with no position (line -1: a script's top level as V8 sometimes reports it) maps to nothing.
    if (consumer && callFrame.lineNumber >= 0) {
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
