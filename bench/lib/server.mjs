// The processes the bench starts: builds, the preview server, and clean-up of what they leave.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { BASE, DEMO_DIR, KEEP, log, PORT, PROD_DIR, ROOT } from './cli.mjs';

let server = null;

export function stopServer() {
  if (server && server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM'); // npx → node vite: the whole group we started
    } catch {
      try {
        server.kill('SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }
  server = null;
}

export function cleanupDirs() {
  if (KEEP) return;
  // Left behind, these minified bundles would be linted by `eslint .`.
  for (const dir of [DEMO_DIR, PROD_DIR]) rmSync(path.join(ROOT, dir), { recursive: true, force: true });
}

process.on('exit', stopServer);

/** Stops the server and removes the builds when the bench is interrupted. */
export function stopOnSignals() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopServer();
      cleanupDirs();
      process.exit(130);
    });
  }
}

export function runStep(label, command, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
      .split('\n')
      .filter((line) => !line.includes('Unknown user config'))
      .join('\n');
    throw new Error(`${label} failed (${command} ${args.join(' ')}):\n${output}`);
  }
  log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export async function startServer() {
  server = spawn('npx', ['vite', 'preview', '--outDir', DEMO_DIR, '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${BASE}/`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling for readiness, not a measurement
  }
  throw new Error(`vite preview did not answer on ${BASE} within 30 s:\n${output}`);
}
