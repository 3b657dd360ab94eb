import { setupServer } from 'msw/node';
import { DemoBackend, type BackendOptions } from './backend/demo-backend';
import { FaultInjector, NO_FAULTS } from './backend/faults';
import { createHandlers } from './handlers';

/** A demo backend for tests in Node; `reset()` gives a fresh one, `faults` injects trouble. */
export function createTestApi(options: BackendOptions = {}) {
  let backend = new DemoBackend(options);
  const faults = new FaultInjector();
  const server = setupServer(...createHandlers(() => backend.api, faults));
  return {
    server,
    faults,
    get backend() {
      return backend;
    },
    reset(next: BackendOptions = options) {
      backend = new DemoBackend(next);
      faults.settings = NO_FAULTS;
      return backend;
    },
  };
}
