import { http } from 'msw';
import { answer, ENDPOINTS } from '@/backend/endpoints';
import type { BackendApi } from '../backend/backend-api';
import type { FaultInjector } from '../backend/faults';
import { api, respond, withFaults } from './http';

/** The orders API's endpoints (src/backend/endpoints.ts) answered by the demo backend. */
export function orderHandlers(backend: () => BackendApi, faults?: FaultInjector) {
  return ENDPOINTS.map((endpoint) =>
    http[endpoint.method](
      api(endpoint.path),
      withFaults(faults, async ({ request, params }) =>
        respond(await answer(endpoint, backend(), request, stringParams(params))),
      ),
    ),
  );
}

function stringParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value ?? '')]));
}
