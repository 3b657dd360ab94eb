import { Hono } from 'hono';
import { answer, ENDPOINTS } from '@/backend/endpoints';
import type { AppEnv } from '../http/app-env';
import { respond } from '../http/errors';

/** The orders API (src/backend/endpoints.ts) answered by the service over PostgreSQL. */
export function ordersRoutes() {
  const routes = new Hono<AppEnv>();
  for (const endpoint of ENDPOINTS) {
    routes.on(endpoint.method.toUpperCase(), endpoint.path, async (c) =>
      respond(c, await answer(endpoint, c.get('service'), c.req.raw, c.req.param())),
    );
  }
  return routes;
}
