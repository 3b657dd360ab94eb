// Builds bench/floor.html (the floor page) into dist-bench/floor, with the app's aliases so the
// demo backend's seed (src/backend/seed/seed.ts) bundles as it does in the app.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const alias = {
  '@': fileURLToPath(new URL('../src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('../mocks', import.meta.url)),
};

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
    rolldownOptions: { input: fileURLToPath(new URL('./floor.html', import.meta.url)) },
  },
});
