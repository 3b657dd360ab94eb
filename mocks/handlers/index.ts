import { http } from 'msw';
import { noSuchEndpoint } from '@/backend/endpoints';
import { api, respond } from './http';
import type { BackendApi } from '../backend/backend-api';
import type { FaultInjector } from '../backend/faults';
import { demoHandlers } from './demo';
import { orderHandlers } from './orders';
import { sessionHandlers } from './session';

/** Every endpoint of the demo backend. Faults, when given, apply to all but the demo's own controls. */
export function createHandlers(backend: () => BackendApi, faults?: FaultInjector) {
  const unknown = http.all(api('/*'), ({ request }) =>
    respond(noSuchEndpoint(request.method, new URL(request.url).pathname)),
  );
  return [...sessionHandlers(backend, faults), ...orderHandlers(backend, faults), ...demoHandlers(backend), unknown];
}
