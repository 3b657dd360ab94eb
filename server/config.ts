import { resolve } from 'node:path';
import { z } from 'zod/mini';

/**
 * The server's settings, from the environment, checked once at start: a wrong value stops the
 * server with a sentence that says what to fix.
 */
const environmentSchema = z.object({
  PORT: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(65535)), 3000),
  HOST: z._default(z.string(), '127.0.0.1'),
  DATABASE_URL: z.optional(
    z.string().check(z.refine((value) => /^postgres(ql)?:\/\//.test(value), 'DATABASE_URL is not a postgres:// URL')),
  ),
  /** Connections each server process keeps to PostgreSQL; several processes share the server's limit. */
  DATABASE_POOL_SIZE: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 20),
  ORDERDESK_DATA: z._default(z.string(), '.data'),
  ORDERDESK_DIST: z._default(z.string(), 'dist'),
  /** Orders seeded into an empty database at first start. */
  ORDERDESK_SEED_ORDERS: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)), 500),
  /** Set behind a proxy that ends TLS and sets X-Forwarded-For / X-Forwarded-Proto (and strips them from clients). */
  ORDERDESK_TRUST_PROXY: z._default(z.enum(['true', 'false', '1', '0']), 'false'),
  LOG_LEVEL: z._default(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
});

export type DatabaseConfig =
  { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; directory: string };

export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  distDirectory: string;
  seedOrders: number;
  trustProxy: boolean;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
}

export function databaseConfig(env: {
  DATABASE_URL?: string | undefined;
  DATABASE_POOL_SIZE?: number;
  ORDERDESK_DATA: string;
}): DatabaseConfig {
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
    : { kind: 'pglite', directory: resolve(env.ORDERDESK_DATA) };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  // An empty setting counts as not set (DATABASE_URL= npm start uses the embedded database).
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`The server's settings are not valid:\n  ${problems.join('\n  ')}`);
  }
  const settings = parsed.data;
  return {
    port: settings.PORT,
    host: settings.HOST,
    database: databaseConfig(settings),
    distDirectory: resolve(settings.ORDERDESK_DIST),
    seedOrders: settings.ORDERDESK_SEED_ORDERS,
    trustProxy: settings.ORDERDESK_TRUST_PROXY === 'true' || settings.ORDERDESK_TRUST_PROXY === '1',
    logLevel: settings.LOG_LEVEL,
  };
}
