import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { contentSecurityPolicy } from './src/config/content-security-policy.ts';

export const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
};

/**
 * Modules that only declare things: src/domain's (but zod.ts, which sets zod's messages on
 * import), src/api/contract.ts and its parts.
 */
const PURE_MODULES = /\/src\/(domain\/(?!zod\.ts$)[^/]+|api\/contract(\/[^/]+)?)\.ts$/;

const WORKER = fileURLToPath(new URL('./mocks/public/mockServiceWorker.js', import.meta.url));

/** Serves MSW's worker in dev and ships it only in builds made to run on the mock. */
function mockServiceWorker(enabled: boolean): Plugin {
  return {
    name: 'orderdesk:mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(WORKER));
      });
    },
    generateBundle() {
      if (enabled)
        this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync(WORKER, 'utf8') });
    },
  };
}

/** Production builds carry the dashboard's Content-Security-Policy in index.html. */
function contentSecurityPolicyMeta(apiUrl: string): Plugin {
  const policy = contentSecurityPolicy(apiUrl);
  return {
    name: 'orderdesk:csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [
      react(),
      tailwindcss(),
      mockServiceWorker(env.VITE_MOCK === 'true'),
      contentSecurityPolicyMeta(env.VITE_API_URL ?? ''),
    ],
    resolve: { alias },
    server: { port: 5173, strictPort: true },
    // Scan every module up front, lazy routes and the mock's worker included, so the dev server
    // never re-bundles dependencies (and reloads) the first time an order is opened.
    optimizeDeps: {
      entries: ['index.html', 'src/**/*.{ts,tsx}', 'mocks/**/*.ts', '!**/*.test.{ts,tsx}', '!**/__tests__/**'],
    },
    preview: { port: 4173, strictPort: true },
    build: {
      sourcemap: false,
      target: 'es2022',
      rolldownOptions: {
        // A module of the rules or of the contract that a page uses nothing from stays out of that
        // page's JS, even imported through an index: the first page gets neither the address
        // checks (and their ZIP table) nor the write bodies' schemas.
        treeshake: { moduleSideEffects: [{ test: PURE_MODULES, sideEffects: false }] },
        // Everything the first page imports statically, in one file: one request, and gzip
        // compresses it better than the dozen small chunks automatic splitting makes of it.
        output: { codeSplitting: { groups: [{ name: 'first-page', tags: ['$initial'] }] } },
      },
    },
    worker: { format: 'es' as const },
  };
});
