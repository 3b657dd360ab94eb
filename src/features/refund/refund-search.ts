import { z } from 'zod';
import { refundReasonSchema } from '@/domain';

/** `?reason=cancellation` preselects the reason (a late cancellation goes through support). */
export const refundSearchSchema = z.object({
  reason: refundReasonSchema.optional().catch(undefined),
  /** Opened from the All Orders row: closing goes back there, not to the order page. */
  from: z.enum(['list']).optional().catch(undefined),
});
