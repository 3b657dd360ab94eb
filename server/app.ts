import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { sql, type Kysely } from 'kysely';
import { noSuchEndpoint } from '@/backend/endpoints';
import { OrdersService } from '@/backend/orders-service';
import { authenticateRequest, sessionApiOf } from '@/backend/session-endpoints';
import { SESSION_COOKIE, SessionService } from '@/backend/session-service';
import { getCookie } from 'hono/cookie';
import { serverSecrets } from './auth/secrets';
import { SqlAccountStore } from './db/sql-account-store';
import { sessionRoutes } from './routes/session';
import { DRAIN_LIMIT_BYTES, tooLarge } from '@/backend/request-input';
import type { Database } from './db/schema';
import { SearchCounts } from './db/search-counts';
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
  distDirectory: string;
  /** Behind a proxy: take the client's address and scheme from X-Forwarded-For and -Proto. */
  trustProxy?: boolean;
  inFlight?: InFlight;
  now?: () => Date;
}

/** The server: the API under /api, a health check, and the built dashboard on the same origin. */
export function createApp({ db, logger, distDirectory, trustProxy = false, inFlight, now }: AppOptions) {
  const sessions = sessionApiOf(new SessionService(new SqlAccountStore(db), serverSecrets, now));
  const searchCounts = new SearchCounts();
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
  const limitBody = bodyLimit({ maxSize: DRAIN_LIMIT_BYTES, onError: (c) => respond(c, tooLarge()) });
  // A GET or HEAD has no body to limit; asking for one would build a whole web Request for nothing.
  api.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  api.route('/', sessionRoutes(sessions, { trustProxy }));
  api.route('/', openApiRoutes());
  // Everything below needs a live session, and sees only the signed-in user's store.
  api.use('*', async (c, next) => {
    const signedIn = await authenticateRequest(sessions, getCookie(c, SESSION_COOKIE), c.get('requestId'));
    if (!signedIn.ok) return respond(c, signedIn.outcome);
    const store = new SqlOrderStore(db, signedIn.principal.merchant.id, searchCounts);
    c.set('service', new OrdersService(store, signedIn.context, now));
    await next();
  });
  api.route('/', ordersRoutes());
  api.all('*', (c) => respond(c, noSuchEndpoint(c.req.method, c.req.path)));
  app.route('/api', api);

  app.route('/', staticDashboard(distDirectory));
  return app;
}
