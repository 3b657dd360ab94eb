import { defineConfig } from 'vitest/config';
import { alias } from './vite.config.ts';

/** Tests of the server as a process: started on real databases, one file at a time. */
export default defineConfig({
  resolve: { alias },
  test: {
    environment: 'node',
    include: ['tests/server/**/*.test.ts', 'server/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
