import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { sql, type Kysely } from 'kysely';
import { noSuchEndpoint } from '@/backend/endpoints';
import { OrdersService } from '@/backend/orders-service';
import { DRAIN_LIMIT_BYTES, tooLarge } from '@/backend/request-input';
import type { Database } from './db/schema';
import { SqlOrderStore } from './db/sql-order-store';
import type { AppEnv } from './http/app-env';
import type { InFlight } from './http/in-flight';
import { onError, respond } from './http/errors';
import { requestLog } from './http/request-log';
import { staticDashboard } from './http/static-dashboard';
import type { Logger } from './logger';
import { openApiRoutes } from './routes/openapi';
import { ordersRoutes } from './routes/orders';

export interface AppOptions {
  db: Kysely<Database>;
  logger: Logger;
  /** The store whose orders the API serves (one store until sign-in chooses it per request). */
  merchantId: string;
  distDirectory: string;
  inFlight?: InFlight;
  now?: () => Date;
}

/** The server: the API under /api, a health check, and the built dashboard on the same origin. */
export function createApp({ db, logger, merchantId, distDirectory, inFlight, now }: AppOptions) {
  const app = new Hono<AppEnv>();
  if (inFlight) app.use('*', inFlight.middleware());
  app.use('*', requestId());
  app.use('*', requestLog(logger));
  app.onError(onError);

  app.get('/healthz', async (c) => {
    try {
      await sql`select 1`.execute(db);
      return c.json({ status: 'ok' });
    } catch (error) {
      c.get('log').error({ err: error }, 'health check failed');
      return c.json({ status: 'unavailable' }, 503);
    }
  });

  const api = new Hono<AppEnv>();
  api.use('*', bodyLimit({ maxSize: DRAIN_LIMIT_BYTES, onError: (c) => respond(c, tooLarge()) }));
  api.use('*', async (c, next) => {
    c.set('service', new OrdersService(new SqlOrderStore(db, merchantId), now));
    await next();
  });
  api.route('/', openApiRoutes());
  api.route('/', ordersRoutes());
  api.all('*', (c) => respond(c, noSuchEndpoint(c.req.method, c.req.path)));
  app.route('/api', api);

  app.route('/', staticDashboard(distDirectory));
  return app;
}
