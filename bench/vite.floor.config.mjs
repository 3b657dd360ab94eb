// Builds the floor page into dist-bench/floor, with the app's aliases so the demo backend's seed
// (src/backend/seed/seed.ts) bundles as it does in the app. BENCH_FLOOR=server builds the floor
// that reads the server's API instead (bench/floor-server.html); the bench passes --outDir.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const alias = {
  '@': fileURLToPath(new URL('../src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('../mocks', import.meta.url)),
};
const page = process.env.BENCH_FLOOR === 'server' ? './floor-server.html' : './floor.html';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/floor/',
  publicDir: false,
  envDir: false,
  resolve: { alias },
  build: {
    outDir: fileURLToPath(new URL('../dist-bench/floor', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: { input: fileURLToPath(new URL(page, import.meta.url)) },
  },
});
