import { http } from 'msw';
import type { DemoBackend } from '../backend/demo-backend';
import type { FaultInjector } from '../backend/faults';
import { api, json, withFaults } from './http';

export function productHandlers(backend: () => DemoBackend, faults?: FaultInjector) {
  return [http.get(api('/products'), withFaults(faults, () => json(backend().products())))];
}
