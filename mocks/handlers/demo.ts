import { http } from 'msw';
import type { DemoBackend } from '../backend/demo-backend';
import { api, json } from './http';

/** Endpoints only the demo has: "Reset demo data". */
export function demoHandlers(backend: () => DemoBackend) {
  return [
    http.post(api('/__demo/reset'), () => {
      backend().reset();
      return json({ seedOrders: backend().seedCount });
    }),
  ];
}
