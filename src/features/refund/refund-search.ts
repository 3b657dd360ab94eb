import { refundReasonSchema } from '@/domain';
import { z } from '@/domain/zod';

/** `?reason=cancellation` preselects the reason (a late cancellation goes through support). */
export const refundSearchSchema = z.object({
  reason: z.catch(z.optional(refundReasonSchema), undefined),
  /** Opened from the All Orders row: closing goes back there, not to the order page. */
  from: z.catch(z.optional(z.enum(['list'])), undefined),
});
