import { createMiddleware } from 'hono/factory';
import type { Logger } from '../logger';
import type { AppEnv } from './app-env';

/** One log line per request, with its id, status and time; the request's own logger carries the id. */
export function requestLog(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    const log = logger.child({ requestId: c.get('requestId') });
    c.set('log', log);
    await next();
    log.info(
      { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });
}
