import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The contract suite: Node, no DOM, one file at a time (it shares one backend's data). */
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    include: ['tests/contract/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
  },
});
