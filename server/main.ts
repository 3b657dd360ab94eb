import { serve } from '@hono/node-server';
import { createApp } from './app';
import { readConfig } from './config';
import { openDatabase } from './db/database';
import { DataDirectoryBusyError } from './db/data-lock';
import {
  createDemoStore,
  DEMO_MERCHANT,
  DEMO_PASSWORD,
  DEMO_USER,
  demoSignIn,
  findFirstMerchant,
} from './db/merchants';
import { migrateToLatest } from './db/migrate';
import { InFlight } from './http/in-flight';
import { createLogger } from './logger';

/** How long in-flight requests get to finish after SIGTERM before the process ends anyway. */
const DRAIN_MS = 10_000;

async function main() {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config.database);
  const { db } = database;
  const applied = await migrateToLatest(db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database schema updated');

  const first = await findFirstMerchant(db);
  if (!first) logger.info({ orders: config.seedOrders }, 'empty database: creating the demo store');
  if (!first || first.id === DEMO_MERCHANT.id) await createDemoStore(db, first ? 0 : config.seedOrders);
  const demo = await demoSignIn(db);

  const inFlight = new InFlight();
  const app = createApp({
    db,
    logger,
    distDirectory: config.distDirectory,
    trustProxy: config.trustProxy,
    inFlight,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    const shown = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
    logger.info({ database: database.description }, 'ready');
    console.log(`\nOrderdesk is running at http://${shown}:${config.port} (data: ${database.description})`);
    if (demo) console.log(`Sign in to the demo store as ${DEMO_USER.email}, password ${DEMO_PASSWORD}`);
    console.log('');
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), DRAIN_MS);
    force.unref();
    server.close(() => {
      void database.close().then(() => {
        logger.info('stopped');
        process.exit(0);
      });
    });
    // Idle keep-alive connections would hold the close open; requests in flight finish first.
    void inFlight.drained().then(() => {
      if ('closeIdleConnections' in server) server.closeIdleConnections();
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(startFailure(error));
  process.exit(1);
});

function startFailure(error: unknown): string {
  if (error instanceof DataDirectoryBusyError) return error.message;
  if (!(error instanceof Error)) return `Orderdesk could not start: ${String(error)}`;
  if (error.message.startsWith('The server')) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ENOENT' || code === '28P01' || code === '3D000') {
    return `Orderdesk could not reach the database at DATABASE_URL (${error.message}). Check the URL and that the server is running.`;
  }
  if (code === 'EADDRINUSE') return `Port ${process.env.PORT ?? 3000} is in use: stop what holds it, or set PORT.`;
  return `Orderdesk could not start: ${error.stack ?? error.message}`;
}
