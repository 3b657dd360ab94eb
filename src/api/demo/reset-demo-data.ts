import { z } from '@/domain/zod';
import { request } from '../http-client';

const resetResponseSchema = z.object({ seedOrders: z.number() });

/** The demo backend only: every change forgotten, the seeded orders back. */
export function resetDemoData() {
  return request('/__demo/reset', resetResponseSchema, { method: 'POST' });
}
