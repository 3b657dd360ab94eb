import type { DemoBackend } from '../backend/demo-backend';
import { demoHandlers } from './demo';
import { orderHandlers } from './orders';
import { productHandlers } from './products';

export function createHandlers(backend: () => DemoBackend) {
  return [...orderHandlers(backend), ...productHandlers(backend), ...demoHandlers(backend)];
}
