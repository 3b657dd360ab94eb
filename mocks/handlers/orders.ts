import { http } from 'msw';
import { answer, ENDPOINTS } from '@/backend/endpoints';
import { authenticateRequest } from '@/backend/session-endpoints';
import { ordersFor, type BackendApi } from '../backend/backend-api';
import type { FaultInjector } from '../backend/faults';
import { api, respond, sessionCookie, withFaults } from './http';

/** The orders API's endpoints (src/backend/endpoints.ts) answered by the demo backend, for a signed-in user. */
export function orderHandlers(backend: () => BackendApi, faults?: FaultInjector) {
  return ENDPOINTS.map((endpoint) =>
    http[endpoint.method](
      api(endpoint.path),
      withFaults(faults, async ({ request, params, cookies }) => {
        const requestId = crypto.randomUUID();
        const signedIn = await authenticateRequest(backend(), sessionCookie(cookies), requestId);
        if (!signedIn.ok) return respond(signedIn.outcome, requestId);
        const orders = ordersFor(backend(), signedIn.context);
        return respond(await answer(endpoint, orders, request, stringParams(params)), requestId);
      }),
    ),
  );
}

function stringParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value ?? '')]));
}
