import { http } from 'msw';
import type { BackendApi } from '../backend/backend-api';
import { api, json } from './http';

/** Endpoints only the demo has: "Reset demo data". */
export function demoHandlers(backend: () => BackendApi) {
  return [http.post(api('/__demo/reset'), async () => json({ seedOrders: await backend().reset() }))];
}
