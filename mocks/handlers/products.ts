import { http } from 'msw';
import type { DemoBackend } from '../backend/demo-backend';
import { api, json } from './http';

export function productHandlers(backend: () => DemoBackend) {
  return [http.get(api('/products'), () => json(backend().products()))];
}
