import { defineConfig } from 'vitest/config';
import { alias } from './vite.config.ts';

/** The contract suite: Node, no DOM, one file at a time (it shares one backend's data). */
export default defineConfig({
  resolve: { alias },
  test: {
    environment: 'node',
    include: ['tests/contract/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
  },
});
