import { Hono } from 'hono';
import { openApiDocument } from '../openapi';
import type { AppEnv } from '../http/app-env';

export function openApiRoutes() {
  const routes = new Hono<AppEnv>();
  const document = openApiDocument();
  routes.get('/openapi.json', (c) => c.json(document));
  return routes;
}
