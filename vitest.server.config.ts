import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Tests of the server as a process: started on real databases, one file at a time. */
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    include: ['tests/server/**/*.test.ts', 'server/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
