import { z } from 'zod';
import { refundNoteIssue, refundReasonSchema } from '@/domain';

export const refundFormSchema = z
  .object({
    reason: z.union([refundReasonSchema, z.literal('')]),
    note: z.string().max(1000, 'Keep the note under 1,000 characters'),
    itemIds: z.array(z.string()).min(1, 'Choose at least one item'),
  })
  .superRefine((values, ctx) => {
    if (values.reason === '') ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Choose a reason' });
    const noteIssue = refundNoteIssue(values.reason, values.note);
    if (noteIssue) ctx.addIssue({ code: 'custom', path: ['note'], message: noteIssue });
  });

export type RefundFormValues = z.infer<typeof refundFormSchema>;

export const SUCCESS_NOTICE =
  'Your request has been successfully sent to our support team. The Support Team will assist with your request as quickly as possible.';
