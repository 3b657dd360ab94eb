import { http } from 'msw';
import type { BackendApi } from '../backend/backend-api';
import type { FaultInjector } from '../backend/faults';
import { api, json, withFaults } from './http';

export function productHandlers(backend: () => BackendApi, faults?: FaultInjector) {
  return [
    http.get(
      api('/products'),
      withFaults(faults, async () => json(await backend().products())),
    ),
  ];
}
