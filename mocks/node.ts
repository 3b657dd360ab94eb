import { setupServer } from 'msw/node';
import { DemoBackend, type BackendOptions } from './backend/demo-backend';
import { createHandlers } from './handlers';

/** A demo backend for tests in Node; `use()` a fresh one per test. */
export function createTestApi(options: BackendOptions = {}) {
  let backend = new DemoBackend(options);
  const server = setupServer(...createHandlers(() => backend));
  return {
    server,
    get backend() {
      return backend;
    },
    reset(next: BackendOptions = options) {
      backend = new DemoBackend(next);
      return backend;
    },
  };
}
