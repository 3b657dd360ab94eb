import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type TestDatabase = { kind: 'pglite'; directory: string } | { kind: 'postgres'; url: string };

export interface RunningServer {
  baseUrl: string;
  database: TestDatabase;
  output: () => string;
  stop(): Promise<void>;
}

/** A fresh embedded database folder. */
export function freshPglite(): TestDatabase {
  return { kind: 'pglite', directory: mkdtempSync(join(tmpdir(), 'orderdesk-test-')) };
}

/** A fresh, empty database on the PostgreSQL server of `serverUrl`, named `name`. */
export async function freshPostgres(serverUrl: string, name: string): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    await admin.query(`create database ${pg.escapeIdentifier(name)}`);
    // As docs/server.md recommends for the server's database: the benchmarks measure that.
    await admin.query(`alter database ${pg.escapeIdentifier(name)} set jit = off`);
  } finally {
    await admin.end();
  }
  return { kind: 'postgres', url: withDatabase(serverUrl, name) };
}

/** The same server URL with another database name (socket URLs like postgres://me@/db?host=/run are not WHATWG URLs). */
export function withDatabase(serverUrl: string, name: string): string {
  return serverUrl.replace(/^(postgres(?:ql)?:\/\/[^/?]*)(\/[^?]*)?/, `$1/${name}`);
}

/** Whether DATABASE_URL (or the given URL) names a PostgreSQL server that answers. */
export async function postgresReachable(url = process.env.DATABASE_URL): Promise<boolean> {
  if (!url) return false;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts `npm start`'s server (without the build) on a free port and waits until it answers /healthz. */
export async function startServer(
  database: TestDatabase,
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<RunningServer> {
  const port = await freePort();
  // As `npm run server` starts it (package.json), young-generation size included.
  const child: ChildProcess = spawn(
    process.execPath,
    ['--max-semi-space-size=64', '--import', 'tsx', 'server/main.ts'],
    {
      env: {
        ...process.env,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        ...(database.kind === 'pglite'
          ? { ORDERDESK_DATA: database.directory, DATABASE_URL: '' }
          : { DATABASE_URL: database.url }),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not answer within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    database,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Signs in over HTTP and answers the session cookie to send back (name=value). */
export async function signInCookie(
  baseUrl: string,
  email = 'demo@orderdesk.test',
  password = 'orderdesk-demo',
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'orderdesk' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('orderdesk_session='));
  if (response.status !== 200 || !cookie) throw new Error(`Sign-in as ${email} failed: ${response.status}`);
  return cookie.split(';')[0]!;
}

/** A fetch that carries a session cookie and the header every write needs. */
export function sessionFetch(baseUrl: string, cookie: string) {
  return (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'orderdesk', Cookie: cookie, ...init.headers },
    });
}

/** Servers a test file starts, each stopped when it asks or, at the latest, when the file ends. */
export function serversOfThisFile(afterAll: (fn: () => Promise<unknown>) => void) {
  const running = new Set<RunningServer>();
  afterAll(async () => Promise.all([...running].map((server) => server.stop())));
  return {
    async start(database: TestDatabase) {
      const server = await startServer(database);
      running.add(server);
      return server;
    },
    async stop(server: RunningServer) {
      await server.stop();
      running.delete(server);
    },
  };
}
