import { refundNoteIssue, refundReasonSchema, TEXT_LIMITS } from '@/domain';
import { z } from '@/domain/zod';

export const refundFormSchema = z
  .object({
    reason: z.union([refundReasonSchema, z.literal('')]),
    note: z.string().check(z.maxLength(TEXT_LIMITS.refundNote)),
    itemIds: z.array(z.string()).check(z.minLength(1, 'Choose at least one item')),
  })
  .check(
    z.superRefine((values, ctx) => {
      if (values.reason === '') ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Choose a reason' });
      const noteIssue = refundNoteIssue(values.reason, values.note);
      if (noteIssue) ctx.addIssue({ code: 'custom', path: ['note'], message: noteIssue });
    }),
  );

export type RefundFormValues = z.infer<typeof refundFormSchema>;
