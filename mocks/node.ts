import { setupServer } from 'msw/node';
import { DemoBackend, type BackendOptions } from './backend/demo-backend';
import { FaultInjector, NO_FAULTS } from './backend/faults';
import { setDemoSessionCookie } from './backend/overlay';
import { createHandlers } from './handlers';

/** A demo backend for tests in Node; `reset()` gives a fresh one, `faults` injects trouble. */
export function createTestApi(options: BackendOptions = {}) {
  let backend = new DemoBackend(options);
  // In a DOM (the app's tests), the demo user is signed in from the start, as in the browser.
  if (typeof document !== 'undefined') setDemoSessionCookie(document);
  const faults = new FaultInjector();
  const server = setupServer(...createHandlers(() => backend.serve, faults));
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
