import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { contentSecurityPolicy } from '@/config/content-security-policy';
import type { AppEnv } from './app-env';

/**
 * The built dashboard: its files, with long caching for the hashed assets, and index.html for every
 * other path (the dashboard's routes), all under its Content-Security-Policy.
 */
export function staticDashboard(distDirectory: string) {
  const app = new Hono<AppEnv>();
  const indexFile = join(distDirectory, 'index.html');
  const policy = contentSecurityPolicy();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', policy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    if (c.req.path.startsWith('/assets/') && c.res.status === 200) {
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
    }
  });
  app.use('*', serveStatic({ root: relative(process.cwd(), distDirectory) || '.' }));
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text('The dashboard is not built: run npm run build (npm start does it for you).', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  });
  return app;
}
