import { http } from 'msw';
import { answerSession, SESSION_ENDPOINTS, type SessionEndpointName } from '@/backend/session-endpoints';
import type { BackendApi } from '../backend/backend-api';
import type { FaultInjector } from '../backend/faults';
import { api, respond, sessionCookie, withFaults } from './http';

/** The demo has one client: the browser it runs in. */
const DEMO_ADDRESS = 'demo';

/** Sign-in, who is signed in, and sign-out (src/backend/session-endpoints.ts), answered by the demo backend. */
export function sessionHandlers(backend: () => BackendApi, faults?: FaultInjector) {
  return (Object.keys(SESSION_ENDPOINTS) as SessionEndpointName[]).map((name) =>
    http[SESSION_ENDPOINTS[name].method](
      api(SESSION_ENDPOINTS[name].path),
      withFaults(faults, async ({ request, cookies }) => {
        const { outcome, setCookie, retryAfterSeconds } = await answerSession(name, backend(), request, {
          cookie: sessionCookie(cookies),
          address: DEMO_ADDRESS,
          secure: new URL(request.url).protocol === 'https:',
        });
        const headers: Record<string, string> = {};
        if (setCookie) headers['Set-Cookie'] = setCookie;
        if (retryAfterSeconds) headers['Retry-After'] = String(retryAfterSeconds);
        return respond(outcome, undefined, headers);
      }),
    ),
  );
}
